/**
 * Everything the signals need except LSH candidates, in ONE statement: a score job used to
 * send twelve small queries, and per-query overhead (protocol, planning, wake-ups) was most
 * of its cost. Parameters: $1 product, $2 this review (excluded: leave-one-out), $3 its
 * submitted_at, $4 reviewer, $5 exact hash, $6 ip hash, $7 device hash, $8 network window
 * start, $9 baseline window start, $10 co-review minimum shared products, $11 product
 * new-account window start, $12 its new-account age (days), $13 IP new-account window start,
 * $14 its new-account age (days), $15 device window start.
 *
 * Event time: every window is on submitted_at (when the shopper wrote it), and reviews written
 * after $3 never count, whenever they were received. An import of 60 days of history is scored
 * review by review against the history as of each one's writing, so it never looks like a burst,
 * and a review received late is judged among the reviews of its own day. received_at is only
 * the SLA clock (and the `backdated` signal, computed from the item itself).
 */
export const SCORING_CONTEXT_SQL = `
SELECT
  (SELECT json_build_object('count', count(rating), 'sum', coalesce(sum(rating), 0), 'sumSq', coalesce(sum(rating * rating), 0))
     FROM reviews WHERE product_id = $1 AND id <> $2 AND kind = 'review' AND status <> 'removed') AS ratings,
  (SELECT json_build_object('total', count(*), 'first', min(submitted_at),
                            'last24', count(*) FILTER (WHERE submitted_at >= $3::timestamptz - interval '1 day'))
     FROM reviews WHERE product_id = $1 AND id <> $2 AND submitted_at <= $3) AS activity,
  (SELECT json_build_object('n', count(*), 'fresh', count(*) FILTER (WHERE a.account_created_at > r.submitted_at - $12::float8 * interval '1 day'))
     FROM reviews r JOIN reviewers a ON a.id = r.reviewer_id
    WHERE r.product_id = $1 AND r.id <> $2 AND r.submitted_at >= $11 AND r.submitted_at <= $3 AND a.account_created_at IS NOT NULL) AS new_accounts,
  (SELECT coalesce(json_agg(json_build_array(day, n)), '[]'::json) FROM (
     SELECT floor(EXTRACT(EPOCH FROM ($3::timestamptz - submitted_at)) / 86400)::int - 1 AS day, count(*) AS n
       FROM reviews WHERE product_id = $1 AND id <> $2 AND submitted_at >= $9 AND submitted_at < $3::timestamptz - interval '1 day'
      GROUP BY 1) d) AS days,
  (SELECT json_build_object('n', count(*), 'h', json_build_array(
            count(*) FILTER (WHERE rating = 1), count(*) FILTER (WHERE rating = 2), count(*) FILTER (WHERE rating = 3),
            count(*) FILTER (WHERE rating = 4), count(*) FILTER (WHERE rating = 5)),
          'last24', count(*) FILTER (WHERE submitted_at >= $3::timestamptz - interval '1 day'), 'first', min(submitted_at))
     FROM reviews WHERE reviewer_id = $4 AND id <> $2 AND submitted_at <= $3) AS reviewer,
  (SELECT max(n) FROM (SELECT count(*) AS n FROM reviews WHERE reviewer_id = $4 AND submitted_at <= $3
                        GROUP BY date_trunc('day', submitted_at AT TIME ZONE 'UTC')) per_day) AS max_per_day,
  (SELECT account_created_at FROM reviewers WHERE id = $4) AS account_created_at,
  (SELECT created_at FROM products WHERE id = $1) AS listed_at,
  (SELECT coalesce(json_agg(json_build_array(product_id, exact_hash)), '[]'::json) FROM (
     SELECT product_id, exact_hash FROM review_fingerprints WHERE reviewer_id = $4 AND review_id <> $2 LIMIT 500) h) AS hashes,
  (SELECT coalesce(json_agg(json_build_array(review_id, reviewer_id, product_id)), '[]'::json) FROM (
     SELECT review_id, reviewer_id, product_id FROM review_fingerprints WHERE exact_hash = $5 AND review_id <> $2 LIMIT 50) e) AS exact,
  (SELECT count(DISTINCT reviewer_id) FROM reviews WHERE $6::text IS NOT NULL AND ip_hash = $6 AND submitted_at >= $8 AND submitted_at <= $3) AS ip,
  (SELECT count(DISTINCT reviewer_id) FROM reviews WHERE $7::text IS NOT NULL AND device_hash = $7 AND submitted_at >= $15 AND submitted_at <= $3) AS device,
  (SELECT count(DISTINCT r.reviewer_id) FROM reviews r JOIN reviewers a ON a.id = r.reviewer_id
    WHERE $6::text IS NOT NULL AND r.ip_hash = $6 AND r.reviewer_id <> $4 AND r.submitted_at >= $13 AND r.submitted_at <= $3
      AND a.account_created_at > r.submitted_at - $14::float8 * interval '1 day') AS ip_new_accounts,
  (SELECT count(*) FROM (
     SELECT reviewer_id FROM reviews
      WHERE product_id IN (SELECT DISTINCT product_id FROM reviews WHERE reviewer_id = $4 AND submitted_at >= $8 AND submitted_at <= $3)
        AND reviewer_id <> $4 AND submitted_at >= $8 AND submitted_at <= $3
      GROUP BY reviewer_id HAVING count(DISTINCT product_id) >= $10) g) AS co_review`;

export interface ScoringContextRow {
  ratings: { count: number; sum: number; sumSq: number };
  activity: { total: number; first: string | null; last24: number };
  new_accounts: { n: number; fresh: number };
  days: [number, number][];
  reviewer: { n: number; h: [number, number, number, number, number]; last24: number; first: string | null };
  max_per_day: string | null;
  account_created_at: Date | null;
  listed_at: Date | null;
  hashes: [string, string][];
  exact: [string, string, string][];
  ip: string;
  device: string;
  ip_new_accounts: string;
  co_review: string;
}

/**
 * PostgreSQL types of SCORING_CONTEXT_SQL's parameters, in order: the batch loader sends each as an
 * array (see forEachRow), which needs them spelled out. A new parameter needs its type here too.
 */
export const SCORING_CONTEXT_PARAM_TYPES = [
  'uuid', 'uuid', 'timestamptz', 'uuid', 'text', 'text', 'text', 'timestamptz', 'timestamptz', 'int', 'timestamptz', 'float8', 'timestamptz', 'float8', 'timestamptz',
] as const;
