import { RECENCY_ANCHOR, RECENCY_HALF_LIFE_DAYS } from '../../../src/ratings/domain/rating-figures.js';
import type { Sql } from './database.js';

export const DECIDED = ['published', 'held', 'withheld'];

export async function statusCounts(sql: Sql): Promise<Record<string, number>> {
  const rows = await sql.rows<{ status: string; n: string }>('SELECT status, count(*) AS n FROM reviews GROUP BY status');
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Resolves once no review is left in received/scoring (and at least `expected` exist); logs progress. */
export async function undecided(sql: Sql): Promise<number> {
  return sql.n(`SELECT count(*) FROM reviews WHERE status IN ('received', 'scoring')`);
}

/**
 * Every exactly-once property of the scoring pipeline, as counts that must all be 0
 * (reviews that are still undecided, were scored twice or not at all, have ≠ 1 automated decision, …).
 */
export async function exactlyOnceViolations(sql: Sql): Promise<Record<string, number>> {
  const [row] = await sql.rows<Record<string, string>>(`
    WITH scores AS (SELECT review_id, revision, count(*) AS n FROM review_scores GROUP BY review_id, revision),
         auto AS (SELECT review_id, count(*) AS n FROM decision_records WHERE automated GROUP BY review_id),
         items AS (SELECT review_id, count(*) AS n FROM moderation_items GROUP BY review_id)
    SELECT
      (SELECT count(*) FROM reviews WHERE status NOT IN ('published', 'held', 'withheld')) AS "undecided",
      (SELECT count(*) FROM scores WHERE n > 1) AS "scoredTwice",
      (SELECT count(*) FROM reviews r LEFT JOIN scores s ON s.review_id = r.id AND s.revision = r.revision WHERE s.review_id IS NULL) AS "notScored",
      (SELECT count(*) FROM reviews r LEFT JOIN auto a ON a.review_id = r.id WHERE COALESCE(a.n, 0) <> 1) AS "notOneAutomatedDecision",
      (SELECT count(*) FROM reviews r LEFT JOIN items i ON i.review_id = r.id WHERE r.status = 'held' AND COALESCE(i.n, 0) <> 1) AS "heldWithoutOneItem",
      (SELECT count(*) FROM reviews r JOIN items i ON i.review_id = r.id WHERE r.status <> 'held') AS "itemForNotHeld",
      (SELECT count(*) FROM reviews r JOIN review_scores s ON s.review_id = r.id AND s.revision = r.revision
        WHERE r.status <> CASE s.verdict WHEN 'publish' THEN 'published' WHEN 'hold' THEN 'held' ELSE 'withheld' END) AS "statusDisagreesWithScore",
      (SELECT count(*) FROM (SELECT channel_id, external_id FROM reviews GROUP BY 1, 2 HAVING count(*) > 1) d) AS "duplicateReviews"`);
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

export const NO_VIOLATIONS = {
  undecided: 0, scoredTwice: 0, notScored: 0, notOneAutomatedDecision: 0, heldWithoutOneItem: 0,
  itemForNotHeld: 0, statusDisagreesWithScore: 0, duplicateReviews: 0,
};

const TOTALS = ['rating_count', 'rating_sum', 'count1', 'count2', 'count3', 'count4', 'count5', 'verified_count', 'verified_sum', 'incentivized_count'];

/**
 * Products whose incrementally maintained row in product_rating_aggregates (ratings module, triggers)
 * differs from a from-scratch aggregation of the reviews table written here independently
 * (public = published/folded, kind review, rated). Recency sums are float: compared with a relative tolerance.
 */
export async function aggregateMismatches(sql: Sql): Promise<{ productId: string; stored: unknown; scratch: unknown }[]> {
  const rows = await sql.rows<Record<string, string | null> & { product_id: string; side: string }>(`
    WITH scratch AS (
      SELECT product_id, count(*) AS rating_count, sum(rating) AS rating_sum,
             count(*) FILTER (WHERE rating = 1) AS count1, count(*) FILTER (WHERE rating = 2) AS count2,
             count(*) FILTER (WHERE rating = 3) AS count3, count(*) FILTER (WHERE rating = 4) AS count4,
             count(*) FILTER (WHERE rating = 5) AS count5,
             count(*) FILTER (WHERE verification <> 'none') AS verified_count,
             COALESCE(sum(rating) FILTER (WHERE verification <> 'none'), 0) AS verified_sum,
             count(*) FILTER (WHERE incentivized) AS incentivized_count,
             sum(power(2::double precision, extract(epoch FROM (LEAST(submitted_at, received_at) - timestamptz '${RECENCY_ANCHOR}'))::double precision
                 / (${RECENCY_HALF_LIFE_DAYS} * 86400))) AS recency_weight
        FROM reviews WHERE kind = 'review' AND rating IS NOT NULL AND status IN ('published', 'folded') GROUP BY product_id),
    stored AS (SELECT * FROM product_rating_aggregates WHERE rating_count > 0)
    SELECT 'scratch' AS side, s.* FROM scratch s
    UNION ALL
    SELECT 'stored' AS side, a.product_id, a.rating_count, a.rating_sum, a.count1, a.count2, a.count3, a.count4, a.count5,
           a.verified_count, a.verified_sum, a.incentivized_count, a.recency_weight FROM stored a`);
  // Float sums accumulated in a different order differ in the last digits: 9 significant digits are compared.
  const key = (r: Record<string, string | null>): string => [...TOTALS.map((c) => String(Number(r[c] ?? 0))), Number(r.recency_weight ?? 0).toPrecision(9)].join(',');
  const scratch = new Map(rows.filter((r) => r.side === 'scratch').map((r) => [r.product_id, key(r)]));
  const stored = new Map(rows.filter((r) => r.side === 'stored').map((r) => [r.product_id, key(r)]));
  const ids = new Set([...scratch.keys(), ...stored.keys()]);
  return [...ids].filter((id) => scratch.get(id) !== stored.get(id)).map((id) => ({ productId: id, stored: stored.get(id), scratch: scratch.get(id) }));
}
