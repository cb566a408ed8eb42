/**
 * The storefront review list's query, normalised (pure). One canonical form feeds the SQL,
 * the keyset cursor and the cache key, so two spellings of the same query (`stars=2,1` and
 * `stars=1&stars=2`) share one cached page and one cursor.
 */
export const REVIEW_SORTS = ['newest', 'oldest', 'rating_desc', 'rating_asc', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** Names clients used before the sort set grew; they keep working and mean the same order. */
export const LEGACY_SORTS: Readonly<Record<string, ReviewSort>> = { recent: 'newest', rating: 'rating_desc' };

export const DEFAULT_REVIEW_SORT: ReviewSort = 'newest';
export const DEFAULT_REVIEW_LIMIT = 20;

/**
 * Filters narrow the listed set and its `total`. Extension point: a new filter (e.g. `aspect`,
 * once the text pipeline tags aspects) is a field here, a clause in ratings-review-filters.ts,
 * a DTO field and a case in storefront-cached-responses' parser.
 */
export interface ReviewFilters {
  /** Star ratings to keep, ascending, without repeats; undefined keeps every rating. */
  stars?: number[];
  verified?: boolean;
  language?: string;
  hasMedia?: boolean;
}

export interface ReviewQuery {
  sort: ReviewSort;
  limit: number;
  cursor?: string;
  filters: ReviewFilters;
}

export const normaliseSort = (sort: string | undefined): ReviewSort => (sort === undefined ? DEFAULT_REVIEW_SORT : (LEGACY_SORTS[sort] ?? (sort as ReviewSort)));

export const normaliseStars = (stars: readonly number[]): number[] => [...new Set(stars)].sort((a, b) => a - b);

/** Canonical text of the filters: part of the cache key and bound into the cursor. */
export function filtersKey(f: ReviewFilters): string {
  return [f.stars?.join(',') ?? '', f.verified ?? '', f.language ?? '', f.hasMedia ?? ''].join(';');
}

/**
 * The name a cursor is bound to: the sort and the filters. A cursor taken under one sort or
 * filter set would skip or repeat rows under another, so it is refused there.
 */
export const cursorScope = (q: Pick<ReviewQuery, 'sort' | 'filters'>): string => `${q.sort}|${filtersKey(q.filters)}`;

export const reviewsCacheKey = (q: ReviewQuery): string => `reviews|${q.sort}|${q.limit}|${filtersKey(q.filters)}|${q.cursor ?? ''}`;
