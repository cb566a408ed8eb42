import type { ReviewSort } from './ratings.repository.js';

export const DEFAULT_REVIEW_SORT: ReviewSort = 'recent';
export const DEFAULT_REVIEW_LIMIT = 20;

/** The rendered rating depends on the product's aggregate and on the platform prior. */
export const ratingCacheKey = (prior: { weight: number; mean: number }): string => `rating|${prior.weight}|${prior.mean}`;

/** One rendered page of a product's public reviews. */
export const reviewsCacheKey = (sort: ReviewSort, limit: number, cursor: string | undefined): string => `reviews|${sort}|${limit}|${cursor ?? ''}`;
