import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor.js';
import { aggregateRatingJsonLd, ratingFigures, type RatingTotals } from './domain/rating-figures.js';
import { PlatformPrior } from './platform-prior.js';
import type { ProductReviewsQueryDto } from './ratings.dto.js';
import { RatingsError, RatingsErrorCode } from './ratings.error.js';
import { RatingsRepository, type ProductAggregate } from './ratings.repository.js';
import { StorefrontCache, type CachedBody } from './storefront-cache.js';
import { mapStorefrontReview } from './storefront-views.js';

const etagOf = (...parts: string[]): string => `"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`;

/** Storefront reads: rendered once per (product, aggregate version, prior) and served from memory. */
@Injectable()
export class RatingsService {
  public constructor(
    private readonly repo: RatingsRepository,
    private readonly cache: StorefrontCache,
    private readonly prior: PlatformPrior,
  ) {}

  public async rating(productId: string): Promise<Omit<CachedBody, 'expiresAt'>> {
    const prior = await this.prior.current();
    const key = `rating|${prior.weight}|${prior.mean}`;
    const hit = this.cache.get(productId, key);
    if (hit) return hit;
    const aggregate = await this.loadOrThrow(productId);
    const figures = ratingFigures(aggregate.totals, { priorWeight: prior.weight, priorMean: prior.mean });
    const body = {
      productId, ...figures, aggregateVersion: aggregate.version, jsonLd: aggregateRatingJsonLd(aggregate.product, figures),
      note: 'Same figures on every channel: channel SKUs map to one product. Folded reviews count; star rating and sentiment never decide publication.',
    };
    const rendered = { etag: etagOf('rating', productId, aggregate.version, key), json: JSON.stringify(body) };
    this.cache.set(productId, key, rendered);
    return rendered;
  }

  public async reviews(productId: string, q: ProductReviewsQueryDto): Promise<Omit<CachedBody, 'expiresAt'>> {
    const sort = q.sort ?? 'recent';
    const limit = q.limit ?? 20;
    const key = `reviews|${sort}|${limit}|${q.cursor ?? ''}`;
    const hit = this.cache.get(productId, key);
    if (hit) return hit;
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, sort, ['number', 'number', 'string', 'string']);
    if (q.cursor !== undefined && !after) throw new RatingsError(RatingsErrorCode.InvalidCursor, 'cursor is malformed or from another sort order');
    await this.loadOrThrow(productId);
    const rows = await this.repo.publicReviews(productId, sort, after, limit);
    const last = rows.at(-1);
    const nextCursor = rows.length === limit && last ? encodeCursor(sort, [Number(last.k_folded), Number(last.k_num), last.k_time, last.id]) : null;
    const json = JSON.stringify({ productId, sort, data: rows.map(mapStorefrontReview), nextCursor });
    // The list has no single version (replies change it too), so its strong ETag is the body's hash.
    const rendered = { etag: etagOf('reviews', json), json };
    this.cache.set(productId, key, rendered);
    return rendered;
  }

  public async recompute(): Promise<{ products: number }> {
    return { products: await this.repo.recomputeAll() };
  }

  /** For tests and the admin check: incremental rows vs a from-scratch computation. */
  public async compareWithScratch(productIds: string[]): Promise<{ productId: string; stored: RatingTotals; scratch: RatingTotals | undefined }[]> {
    const scratch = await this.repo.fromScratch(productIds);
    const stored = await Promise.all(productIds.map((id) => this.repo.load(id)));
    return productIds.map((id, i) => ({ productId: id, stored: (stored[i] as ProductAggregate).totals, scratch: scratch.get(id) }));
  }

  private async loadOrThrow(productId: string): Promise<ProductAggregate> {
    const aggregate = await this.repo.load(productId);
    if (!aggregate) throw new RatingsError(RatingsErrorCode.ProductNotFound, `No product ${productId}`);
    return aggregate;
  }
}
