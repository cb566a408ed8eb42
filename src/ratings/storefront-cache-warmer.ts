import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { AppConfigService } from '../config/app-config.service.js';
import { PlatformPrior } from './platform-prior.js';
import { renderRating } from './rating-rendering.js';
import { RatingsRepository } from './ratings.repository.js';
import { MAX_CACHED_PRODUCTS, StorefrontCache } from './storefront-cache.js';
import { ratingCacheKey } from './storefront-cache-keys.js';

const PAGE = 2_000;

/**
 * Renders the most-rated products' ratings into the storefront cache after the API starts,
 * in the background and a page at a time, yielding to requests between pages. Each page's
 * renders carry the cache generation read before the page's query, so a product changed
 * meanwhile is not stored stale. Only in processes that serve HTTP.
 */
@Injectable()
export class StorefrontCacheWarmer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(StorefrontCacheWarmer.name);
  private stopped = false;
  private running?: Promise<number>;

  public constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfigService,
    private readonly repo: RatingsRepository,
    private readonly cache: StorefrontCache,
    private readonly prior: PlatformPrior,
  ) {}

  public onApplicationBootstrap(): void {
    const target = Math.min(this.config.ratings.warmProducts, MAX_CACHED_PRODUCTS);
    if (!this.adapterHost.httpAdapter || !this.cache.enabled || target === 0) return;
    this.running = this.warm(target).catch((error: Error) => {
      this.logger.warn(`cache warm-up stopped: ${error.message}`);
      return 0;
    });
  }

  public async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Resolves with the number of products rendered; tests and the bench call it directly after seeding. */
  public async warm(target: number): Promise<number> {
    const started = Date.now();
    let rendered = 0;
    const ids = await this.repo.mostRatedProductIds(target);
    for (let start = 0; start < ids.length && !this.stopped && this.cache.enabled; start += PAGE) {
      const prior = await this.prior.current();
      const key = ratingCacheKey(prior);
      const readAt = this.cache.readGeneration();
      const pageIds = ids.slice(start, start + PAGE);
      const [page, verified] = await Promise.all([this.repo.loadMany(pageIds), this.repo.verifiedCounts(pageIds)]);
      for (const aggregate of page) {
        this.cache.set(aggregate.product.id, key, renderRating(aggregate, verified.get(aggregate.product.id) ?? [0, 0, 0, 0, 0], prior, key), readAt);
      }
      rendered += page.length;
      await yieldToRequests();
    }
    this.logger.log(`storefront cache warmed with ${rendered} product ratings in ${Date.now() - started} ms`);
    return rendered;
  }
}
