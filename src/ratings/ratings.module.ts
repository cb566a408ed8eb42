import { Module } from '@nestjs/common';
import { DisclosureService } from './disclosure.service.js';
import { PlatformPrior } from './platform-prior.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';
import { StorefrontCache } from './storefront-cache.js';
import { StorefrontChangeRelay } from './storefront-change-relay.js';
import { StorefrontCacheWarmer } from './storefront-cache-warmer.js';
import { StorefrontCachedResponses } from './storefront-cached-responses.js';

/** Storefront read API. Aggregates are written by database triggers, so this module only reads. */
@Module({
  controllers: [RatingsController],
  providers: [RatingsRepository, RatingsService, StorefrontCache, StorefrontCacheWarmer, StorefrontCachedResponses, StorefrontChangeRelay, PlatformPrior, DisclosureService],
  exports: [RatingsService],
})
export class RatingsModule {}
