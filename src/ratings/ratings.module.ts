import { Module } from '@nestjs/common';
import { RuleSetSourceModule } from '../scoring/rule-set-source.module.js';
import { DisclosureService } from './disclosure.service.js';
import { HelpfulVotesController } from './helpful-votes.controller.js';
import { HelpfulVotesRepository } from './helpful-votes.repository.js';
import { HelpfulVotesService } from './helpful-votes.service.js';
import { PlatformPrior } from './platform-prior.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsRepository } from './ratings.repository.js';
import { RatingsService } from './ratings.service.js';
import { StorefrontCache } from './storefront-cache.js';
import { StorefrontChangeRelay } from './storefront-change-relay.js';
import { StorefrontCacheWarmer } from './storefront-cache-warmer.js';
import { StorefrontCachedResponses } from './storefront-cached-responses.js';

/**
 * Storefront API. Aggregates are written by database triggers; the only tables this module writes
 * are the helpful votes (review_helpful_votes, and review_helpful_counts through its trigger):
 * storefront feedback, not a change to the review, so the reviews module keeps sole ownership of reviews.
 */
@Module({
  imports: [RuleSetSourceModule],
  controllers: [RatingsController, HelpfulVotesController],
  providers: [RatingsRepository, RatingsService, StorefrontCache, StorefrontCacheWarmer, StorefrontCachedResponses, StorefrontChangeRelay, PlatformPrior, DisclosureService,
    HelpfulVotesRepository, HelpfulVotesService],
  exports: [RatingsService],
})
export class RatingsModule {}
