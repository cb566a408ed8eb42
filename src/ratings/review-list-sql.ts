import type { KeysetColumn } from '../common/pagination/keyset-cursor.js';
import type { ReviewFilters, ReviewSort } from './domain/review-query.js';

/**
 * SQL for the storefront review list: the filters' WHERE clauses and each sort's keyset.
 * Every expression here is code, never input; values travel as parameters.
 */

/** Adds one clause per filter set; `param(value)` binds a value and returns its placeholder. */
type FilterClause = (f: ReviewFilters, param: (value: unknown) => string) => string | undefined;

/**
 * The review's current score row: the newest revision's latest scoring, the same row the review GET's
 * analysis shows. Rows scored before aspect_details existed carry names only, so they match a name-only filter.
 */
const CURRENT_SCORE = `(SELECT s.aspects, s.aspect_details FROM review_scores s WHERE s.review_id = r.id
                        ORDER BY s.revision DESC, s.scored_at DESC, s.id DESC LIMIT 1)`;

function aspectClause(f: ReviewFilters, p: (value: unknown) => string): string | undefined {
  if (!f.aspect) return undefined;
  // jsonb containment: some element of the array has this aspect (and this polarity when asked).
  const wanted = p(JSON.stringify([{ aspect: f.aspect, ...(f.aspectPolarity ? { polarity: f.aspectPolarity } : {}) }]));
  const legacy = f.aspectPolarity ? '' : ` OR (jsonb_array_length(cur.aspect_details) = 0 AND ${p(f.aspect)} = ANY(cur.aspects))`;
  return `EXISTS (SELECT 1 FROM ${CURRENT_SCORE} cur WHERE cur.aspect_details @> ${wanted}::jsonb${legacy})`;
}

const FILTER_CLAUSES: FilterClause[] = [
  (f, p) => (f.stars ? `r.rating = ANY(${p(f.stars)}::int[])` : undefined),
  (f) => (f.verified === undefined ? undefined : f.verified ? `r.verification <> 'none'` : `r.verification = 'none'`),
  // RFC 4647 basic filtering: `zh` matches `zh`, `zh-CN`, `zh-Hans`.
  (f, p) => (f.language ? `(lower(r.language) = ${p(f.language)} OR lower(r.language) LIKE ${p(`${f.language}-%`)})` : undefined),
  (f) => (f.hasMedia === undefined ? undefined : `(jsonb_array_length(r.media_urls) > 0) = ${f.hasMedia ? 'true' : 'false'}`),
  aspectClause,
];

export function filterSql(filters: ReviewFilters, params: unknown[]): string {
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  return FILTER_CLAUSES.map((clause) => clause(filters, param)).filter((c): c is string => c !== undefined).map((c) => ` AND ${c}`).join('');
}

/**
 * How informative a review is (verified, has media, length) — never its rating or sentiment;
 * below 10^7, so helpful votes can be scaled above it in one integer key.
 */
const INFORMATIVE = `(((r.verification <> 'none')::int * 2 + (jsonb_array_length(r.media_urls) > 0)::int) * 1000000 + LEAST(char_length(r.body), 999999))`;
/** Votes first, informativeness as the tie-break; stays below 2^53 (exact in a JSON cursor) up to 9·10^8 votes. */
const HELPFUL = `(COALESCE(hc.votes, 0)::bigint * 10000000 + ${INFORMATIVE})`;

interface SortSpec {
  num: string;
  numDir: 'asc' | 'desc';
  timeDir: 'asc' | 'desc';
}

const SORTS: Record<ReviewSort, SortSpec> = {
  newest: { num: '0::bigint', numDir: 'desc', timeDir: 'desc' },
  oldest: { num: '0::bigint', numDir: 'asc', timeDir: 'asc' },
  rating_desc: { num: 'COALESCE(r.rating, 0)::bigint', numDir: 'desc', timeDir: 'desc' },
  rating_asc: { num: 'COALESCE(r.rating, 0)::bigint', numDir: 'asc', timeDir: 'desc' },
  helpful: { num: HELPFUL, numDir: 'desc', timeDir: 'desc' },
};

export const sortNumber = (sort: ReviewSort): string => SORTS[sort].num;

/** Folded reviews last in every order, then the sort's key, then time and id (unique) as tie-breaks. */
export function sortKeyset(sort: ReviewSort): KeysetColumn[] {
  const s = SORTS[sort];
  return [
    { expr: `(r.status = 'folded')::int`, dir: 'asc', cast: 'int' }, { expr: s.num, dir: s.numDir, cast: 'bigint' },
    { expr: 'r.submitted_at', dir: s.timeDir, cast: 'timestamptz' }, { expr: 'r.id', dir: s.timeDir, cast: 'uuid' },
  ];
}
