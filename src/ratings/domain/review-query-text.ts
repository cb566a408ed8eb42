import { ASPECTS } from '../../scoring/domain/rules/parse-lexicons.js';
import { DEFAULT_REVIEW_LIMIT, isAspectFilterPolarity, LEGACY_SORTS, normaliseAspect, REVIEW_SORTS, normaliseSort, normaliseStars, type ReviewQuery } from './review-query.js';

/** BCP 47-ish language tag as stored on reviews: `zh`, `en`, `zh-Hans`, `pt-BR`. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;
export const STARS_LIST = /^[1-5](?:,[1-5]){0,4}$/;
const LIMIT = /^(?:100|[1-9][0-9]?)$/;
export const MAX_CURSOR = 600;
const SORT_NAMES: ReadonlySet<string> = new Set([...REVIEW_SORTS, ...Object.keys(LEGACY_SORTS)]);
const BOOLEAN: Readonly<Record<string, boolean>> = { true: true, false: false };

/**
 * The query of a request that is plainly valid, from raw query-string values; undefined for
 * anything else (unknown, repeated or unusual parameters), which then goes through Nest's full
 * validation and gets its 400. Used by the cached-response fast path.
 */
export function parsePlainReviewQuery(raw: Record<string, unknown>): ReviewQuery | undefined {
  const q: ReviewQuery = { sort: normaliseSort(undefined), limit: DEFAULT_REVIEW_LIMIT, filters: {} };
  for (const name in raw) {
    const value = raw[name];
    if (typeof value !== 'string') return undefined;
    if (name === 'sort' && SORT_NAMES.has(value)) q.sort = normaliseSort(value);
    else if (name === 'limit' && LIMIT.test(value)) q.limit = Number(value);
    else if (name === 'cursor' && value.length > 0 && value.length <= MAX_CURSOR) q.cursor = value;
    else if (name === 'stars' && STARS_LIST.test(value)) q.filters.stars = normaliseStars(value.split(',').map(Number));
    else if (name === 'verified' && value in BOOLEAN) q.filters.verified = BOOLEAN[value];
    else if (name === 'hasMedia' && value in BOOLEAN) q.filters.hasMedia = BOOLEAN[value];
    else if (name === 'language' && LANGUAGE_TAG.test(value)) q.filters.language = value.toLowerCase();
    else if (name === 'aspect' && normaliseAspect(value, ASPECTS)) q.filters.aspect = normaliseAspect(value, ASPECTS);
    else if (name === 'aspectPolarity' && isAspectFilterPolarity(value)) q.filters.aspectPolarity = value;
    else return undefined;
  }
  // A polarity without an aspect is refused (400) on the full path.
  if (q.filters.aspectPolarity && !q.filters.aspect) return undefined;
  return q;
}
