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
 * Filters narrow the listed set and its `total`. Extension point: a new filter is a field here,
 * a clause in review-list-sql.ts, a DTO field, a case in toReviewQuery (ratings.service.ts) and
 * one in parsePlainReviewQuery (review-query-text.ts, the cached fast path).
 */
export interface ReviewFilters {
  /** Star ratings to keep, ascending, without repeats; undefined keeps every rating. */
  stars?: number[];
  verified?: boolean;
  language?: string;
  hasMedia?: boolean;
  /** An aspect name from the scoring lexicons (ASPECTS), in canonical form. */
  aspect?: string;
  /** Only with `aspect`: the polarity the scorer gave that aspect in the review's current score. */
  aspectPolarity?: AspectFilterPolarity;
}

/** The polarities a storefront may filter by (the scorer's `mixed` is not offered). */
export const ASPECT_FILTER_POLARITIES = ['positive', 'negative', 'neutral'] as const;
export type AspectFilterPolarity = (typeof ASPECT_FILTER_POLARITIES)[number];

/** Shopper-facing words for lexicon aspects; normalised like LEGACY_SORTS, so both spellings share a cache entry. */
export const ASPECT_ALIASES: Readonly<Record<string, string>> = { delivery: 'logistics' };

/** The canonical aspect for a query value, or undefined when it names no aspect. */
export function normaliseAspect(value: string, known: readonly string[]): string | undefined {
  const name = ASPECT_ALIASES[value] ?? value;
  return known.includes(name) ? name : undefined;
}

export const isAspectFilterPolarity = (value: string): value is AspectFilterPolarity => (ASPECT_FILTER_POLARITIES as readonly string[]).includes(value);

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
  const base = [f.stars?.join(',') ?? '', f.verified ?? '', f.language ?? '', f.hasMedia ?? ''];
  // Appended only when set, so keys and cursors of aspect-less queries stay as they were.
  return (f.aspect ? [...base, `${f.aspect}:${f.aspectPolarity ?? ''}`] : base).join(';');
}

/**
 * The name a cursor is bound to: the sort and the filters. A cursor taken under one sort or
 * filter set would skip or repeat rows under another, so it is refused there.
 */
export const cursorScope = (q: Pick<ReviewQuery, 'sort' | 'filters'>): string => `${q.sort}|${filtersKey(q.filters)}`;

export const reviewsCacheKey = (q: ReviewQuery): string => `reviews|${q.sort}|${q.limit}|${filtersKey(q.filters)}|${q.cursor ?? ''}`;
