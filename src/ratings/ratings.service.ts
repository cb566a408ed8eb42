import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor.js';
import type { RatingTotals } from './domain/rating-figures.js';
import { ASPECTS } from '../scoring/domain/rules/parse-lexicons.js';
import {
  ASPECT_FILTER_POLARITIES, cursorScope, DEFAULT_REVIEW_LIMIT, isAspectFilterPolarity, normaliseAspect, normaliseSort, normaliseStars, reviewsCacheKey,
  type ReviewFilters, type ReviewQuery,
} from './domain/review-query.js';
import { PlatformPrior } from './platform-prior.js';
import { renderRating, storefrontEtag } from './rating-rendering.js';
import type { ProductReviewsQueryDto } from './ratings.dto.js';
import { RatingsError, RatingsErrorCode } from './ratings.error.js';
import { RatingsRepository, type ProductAggregate } from './ratings.repository.js';
import { StorefrontCache, storefrontBody, type StorefrontBody } from './storefront-cache.js';
import { ratingCacheKey } from './storefront-cache-keys.js';
import { mapStorefrontReview } from './storefront-views.js';
import type { ReviewPageView } from './review-page.view.js';

function aspectFilter(dto: ProductReviewsQueryDto): Pick<ReviewFilters, 'aspect' | 'aspectPolarity'> {
  if (dto.aspect === undefined) {
    if (dto.aspectPolarity !== undefined) throw new RatingsError(RatingsErrorCode.InvalidAspectFilter, 'aspectPolarity needs an aspect');
    return {};
  }
  const aspect = normaliseAspect(dto.aspect, ASPECTS);
  if (!aspect) throw new RatingsError(RatingsErrorCode.InvalidAspectFilter, `aspect must be one of ${ASPECTS.join(', ')}`);
  if (dto.aspectPolarity === undefined) return { aspect };
  if (!isAspectFilterPolarity(dto.aspectPolarity)) throw new RatingsError(RatingsErrorCode.InvalidAspectFilter, `aspectPolarity must be one of ${ASPECT_FILTER_POLARITIES.join(', ')}`);
  return { aspect, aspectPolarity: dto.aspectPolarity };
}

const toReviewQuery = (dto: ProductReviewsQueryDto): ReviewQuery => ({
  sort: normaliseSort(dto.sort), limit: dto.limit ?? DEFAULT_REVIEW_LIMIT, cursor: dto.cursor,
  filters: {
    ...(dto.stars ? { stars: normaliseStars(dto.stars) } : {}), ...(dto.verified === undefined ? {} : { verified: dto.verified }),
    ...(dto.language ? { language: dto.language.toLowerCase() } : {}), ...(dto.hasMedia === undefined ? {} : { hasMedia: dto.hasMedia }),
    ...aspectFilter(dto),
  },
});

/** Storefront reads: rendered once per (product, aggregate version, prior) and served from memory. */
@Injectable()
export class RatingsService {
  public constructor(
    private readonly repo: RatingsRepository,
    private readonly cache: StorefrontCache,
    private readonly prior: PlatformPrior,
  ) {}

  public async rating(productId: string): Promise<StorefrontBody> {
    const prior = await this.prior.current();
    const key = ratingCacheKey(prior);
    const hit = this.cache.get(productId, key);
    if (hit) return hit;
    const readAt = this.cache.readGeneration();
    const [aggregate, verified] = await Promise.all([this.loadOrThrow(productId), this.repo.verifiedCounts([productId])]);
    const rendered = renderRating(aggregate, verified.get(productId) ?? [0, 0, 0, 0, 0], prior, key);
    this.cache.set(productId, key, rendered, readAt);
    return rendered;
  }

  public async reviews(productId: string, dto: ProductReviewsQueryDto): Promise<StorefrontBody> {
    const q = toReviewQuery(dto);
    const key = reviewsCacheKey(q);
    const hit = this.cache.get(productId, key);
    if (hit) return hit;
    const scope = cursorScope(q);
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, scope, ['number', 'number', 'string', 'string']);
    if (q.cursor !== undefined && !after) throw new RatingsError(RatingsErrorCode.InvalidCursor, 'cursor is malformed or from another sort order or filter set');
    const readAt = this.cache.readGeneration();
    await this.loadOrThrow(productId);
    const [rows, total] = await Promise.all([this.repo.publicReviews(productId, q, after), this.repo.countPublicReviews(productId, q.filters)]);
    const last = rows.at(-1);
    const nextCursor = rows.length === q.limit && last ? encodeCursor(scope, [Number(last.k_folded), Number(last.k_num), last.k_time, last.id]) : null;
    const page: ReviewPageView = { productId, sort: q.sort, filters: q.filters, total, data: rows.map(mapStorefrontReview), nextCursor };
    const json = JSON.stringify(page);
    // The list has no single version (replies and votes change it too), so its strong ETag is the body's hash.
    const rendered = storefrontBody(storefrontEtag('reviews', json), json);
    this.cache.set(productId, key, rendered, readAt);
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
