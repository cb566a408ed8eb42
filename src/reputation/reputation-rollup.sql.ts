import { LATENCY_BOUNDS_SECONDS } from './domain/histogram.js';
import { ALL_ID, ASPECT_IDS } from './domain/taxonomy.js';

/**
 * SQL of the rollup job, kept apart from the repository so it reads as SQL.
 * Facts are one row per review received on the chunk's days (latest score, first
 * outcome/publication/reply times, fake verdict) plus one row per supplied order count.
 */
const BOUNDS = `ARRAY[${LATENCY_BOUNDS_SECONDS.join(',')}]::double precision[]`;
const bucket = (expr: string): string => `width_bucket((${expr})::double precision - 1e-6, ${BOUNDS})`;
const NIL = `'${ALL_ID}'::uuid`;

/** Bucket indexes (0-based) → fixed-length histogram; null when there is nothing to count. */
const histogram = (col: string): string =>
  `CASE WHEN ${col} IS NULL THEN NULL ELSE (SELECT array_agg((SELECT count(*) FROM unnest(${col}) b WHERE b = i)::int ORDER BY i) FROM generate_series(0, ${LATENCY_BOUNDS_SECONDS.length}) i) END`;

/**
 * $1 days date[], $2 start, $3 end (exclusive), $4 fake reason codes, $5/$6 "does not"/"does recommend" text patterns
 * (domain/recommendation.ts), $7 merchant id or null (a merchant's own refresh rebuilds only its rows).
 * Complaint events count on the day they occurred, like supplied counts.
 */
export const CREATE_FACTS_SQL = `
CREATE TEMP TABLE reputation_facts ON COMMIT DROP AS
SELECT (r.received_at AT TIME ZONE 'UTC')::date AS day, r.merchant_id, r.product_id, r.channel_id,
       1 AS received, r.status IN ('published','folded') AS is_public, r.status, r.rating::int AS rating,
       coalesce(s.sentiment_label, 'unscored') AS sentiment, s.sentiment_score, coalesce(s.aspects, '{}'::text[]) AS aspects,
       r.verification <> 'none' AS verified, r.incentivized,
       coalesce(r.rating <= 2, false) OR coalesce(s.sentiment_label = 'negative', false) AS negative,
       r.status IN ('withheld','removed') AND d.fake_any AS fake,
       d.held_any, d.outcome_secs, d.public_secs, m.reply_secs, 0 AS orders, 0 AS complaints,
       CASE WHEN r.recommends IS NOT NULL THEN r.recommends
            WHEN (coalesce(r.title, '') || ' ' || r.body) ~* $5 THEN false
            WHEN (coalesce(r.title, '') || ' ' || r.body) ~* $6 THEN true END AS recommends,
       r.nps_score
  FROM reviews r
  LEFT JOIN LATERAL (SELECT sc.sentiment_label, sc.sentiment_score, sc.aspects FROM review_scores sc
                      WHERE sc.review_id = r.id ORDER BY sc.revision DESC, sc.scored_at DESC, sc.id DESC LIMIT 1) s ON true
  CROSS JOIN LATERAL (
    SELECT extract(epoch FROM min(x.created_at) FILTER (WHERE x.to_status NOT IN ('received','scoring','held')) - r.received_at) AS outcome_secs,
           extract(epoch FROM min(x.created_at) FILTER (WHERE x.to_status IN ('published','folded')) - r.received_at) AS public_secs,
           coalesce(bool_or(x.to_status = 'held'), false) AS held_any,
           coalesce(bool_or(x.to_status IN ('withheld','removed') AND x.reason_code = ANY($4::text[])), false) AS fake_any
      FROM decision_records x WHERE x.review_id = r.id) d
  CROSS JOIN LATERAL (SELECT extract(epoch FROM min(mr.created_at) - r.received_at) AS reply_secs
                        FROM merchant_responses mr WHERE mr.review_id = r.id AND mr.state <> 'rejected') m
 WHERE r.kind = 'review' AND r.received_at >= $2 AND r.received_at < $3 AND (r.received_at AT TIME ZONE 'UTC')::date = ANY($1::date[])
   AND ($7::uuid IS NULL OR r.merchant_id = $7)
UNION ALL
SELECT o.day, o.merchant_id, o.product_id, o.channel_id, 0, false, NULL, NULL, 'unscored', NULL, '{}'::text[], false, false, false, false,
       false, NULL, NULL, NULL, o.orders, o.complaints, NULL, NULL
  FROM reputation_order_counts o WHERE o.day = ANY($1::date[]) AND ($7::uuid IS NULL OR o.merchant_id = $7)
UNION ALL
SELECT (c.occurred_at AT TIME ZONE 'UTC')::date, c.merchant_id, c.product_id, c.channel_id, 0, false, NULL, NULL, 'unscored', NULL, '{}'::text[],
       false, false, false, false, false, NULL, NULL, NULL, 0, 1, NULL, NULL
  FROM reputation_complaints c
 WHERE c.occurred_at >= $2 AND c.occurred_at < $3 AND (c.occurred_at AT TIME ZONE 'UTC')::date = ANY($1::date[])
   AND ($7::uuid IS NULL OR c.merchant_id = $7)`;

const pub = (cond: string): string => `count(*) FILTER (WHERE is_public AND ${cond})::int`;

/**
 * $1 computed_at, $2 merchant-only (skip the platform and channel-only levels, which a merchant's facts cannot fill).
 * Every scope level in one pass: product×channel, product, merchant×channel, merchant, channel, platform.
 */
export const INSERT_DAILY_SQL = `
WITH g AS (
  SELECT day, GROUPING(product_id) AS gp, GROUPING(merchant_id) AS gm, GROUPING(channel_id) AS gc, merchant_id, product_id, channel_id,
         sum(received)::int AS received_count, count(*) FILTER (WHERE is_public)::int AS public_count,
         ${pub('rating IS NOT NULL')} AS rating_count, coalesce(sum(rating) FILTER (WHERE is_public), 0)::bigint AS rating_sum,
         ${[1, 2, 3, 4, 5].map((s) => `${pub(`rating = ${s}`)} AS stars${s}`).join(', ')},
         ${pub(`sentiment = 'positive'`)} AS sentiment_positive, ${pub(`sentiment = 'neutral'`)} AS sentiment_neutral,
         ${pub(`sentiment = 'negative'`)} AS sentiment_negative, ${pub(`sentiment = 'mixed'`)} AS sentiment_mixed,
         coalesce(sum(sentiment_score) FILTER (WHERE is_public AND sentiment <> 'unscored'), 0)::double precision AS sentiment_score_sum,
         ARRAY[${ASPECT_IDS.map((a) => pub(`'${a}' = ANY(aspects)`)).join(', ')}] AS aspect_mentions,
         ARRAY[${ASPECT_IDS.map((a) => pub(`negative AND '${a}' = ANY(aspects)`)).join(', ')}] AS aspect_negative,
         ${pub('verified')} AS verified_count, ${pub('incentivized')} AS incentivized_count, ${pub('negative')} AS negative_count,
         count(*) FILTER (WHERE fake)::int AS fake_count,
         ${pub('reply_secs IS NOT NULL')} AS replied_count,
         array_agg(${bucket('reply_secs')}) FILTER (WHERE is_public AND reply_secs IS NOT NULL) AS reply_b,
         array_agg(reply_secs::double precision ORDER BY reply_secs) FILTER (WHERE is_public AND reply_secs IS NOT NULL) AS reply_seconds,
         ${pub('recommends')} AS recommend_yes, ${pub('NOT recommends')} AS recommend_no,
         ${pub('nps_score >= 9')} AS nps_promoters, ${pub('nps_score BETWEEN 7 AND 8')} AS nps_passives, ${pub('nps_score <= 6')} AS nps_detractors,
         count(*) FILTER (WHERE outcome_secs IS NOT NULL)::int AS decided_count,
         array_agg(${bucket('outcome_secs')}) FILTER (WHERE outcome_secs IS NOT NULL) AS decision_b,
         sum(orders)::int AS orders, sum(complaints)::int AS complaints
    FROM reputation_facts
   GROUP BY GROUPING SETS ((day, merchant_id, product_id, channel_id), (day, merchant_id, product_id), (day, merchant_id, channel_id),
                           (day, merchant_id), (day, channel_id), (day))
)
INSERT INTO reputation_daily (scope_type, scope_id, channel_id, day, received_count, public_count, rating_count, rating_sum,
  stars1, stars2, stars3, stars4, stars5, sentiment_positive, sentiment_neutral, sentiment_negative, sentiment_mixed, sentiment_score_sum,
  aspect_mentions, aspect_negative, verified_count, incentivized_count, negative_count, fake_count, replied_count, reply_latency_hist,
  decided_count, decision_latency_hist, orders, complaints, reply_seconds, recommend_yes, recommend_no, nps_promoters, nps_passives,
  nps_detractors, computed_at)
SELECT CASE WHEN gp = 0 THEN 'product' WHEN gm = 0 THEN 'merchant' ELSE 'platform' END,
       CASE WHEN gp = 0 THEN product_id WHEN gm = 0 THEN merchant_id ELSE ${NIL} END,
       CASE WHEN gc = 0 THEN channel_id ELSE ${NIL} END,
       day, received_count, public_count, rating_count, rating_sum, stars1, stars2, stars3, stars4, stars5,
       sentiment_positive, sentiment_neutral, sentiment_negative, sentiment_mixed, sentiment_score_sum, aspect_mentions, aspect_negative,
       verified_count, incentivized_count, negative_count, fake_count, replied_count, ${histogram('reply_b')},
       decided_count, ${histogram('decision_b')}, orders, complaints, reply_seconds, recommend_yes, recommend_no, nps_promoters, nps_passives,
       nps_detractors, $1
  FROM g WHERE NOT $2::boolean OR gm = 0`;

/** $1 computed_at. */
export const INSERT_SUPPRESSION_SQL = `
WITH g AS (
  SELECT merchant_id, day, rating, sentiment, count(*)::int AS received_count, count(*) FILTER (WHERE held_any)::int AS held_count,
         count(*) FILTER (WHERE status IN ('withheld','removed'))::int AS rejected_count, count(*) FILTER (WHERE status = 'folded')::int AS folded_count,
         count(*) FILTER (WHERE public_secs IS NOT NULL)::int AS published_count,
         coalesce(array_agg(${bucket('public_secs')}) FILTER (WHERE public_secs IS NOT NULL), '{}') AS ttp_b
    FROM reputation_facts WHERE received = 1 AND rating IS NOT NULL
   GROUP BY merchant_id, day, rating, sentiment
)
INSERT INTO reputation_suppression_daily (merchant_id, day, rating, sentiment, received_count, held_count, rejected_count, folded_count,
  published_count, time_to_publish_hist, computed_at)
SELECT merchant_id, day, rating, sentiment, received_count, held_count, rejected_count, folded_count, published_count, ${histogram('ttp_b')}, $1
  FROM g`;

/** $1 since: days whose facts may have changed (new or edited reviews, decisions, scores, replies, order counts). */
export const TOUCHED_DAYS_SQL = `
SELECT DISTINCT day::text AS day FROM (
  SELECT (received_at AT TIME ZONE 'UTC')::date AS day FROM reviews WHERE kind = 'review' AND (updated_at >= $1 OR received_at >= $1)
  UNION ALL SELECT (r.received_at AT TIME ZONE 'UTC')::date FROM decision_records d JOIN reviews r ON r.id = d.review_id WHERE d.created_at >= $1
  UNION ALL SELECT (r.received_at AT TIME ZONE 'UTC')::date FROM review_scores s JOIN reviews r ON r.id = s.review_id WHERE s.scored_at >= $1
  UNION ALL SELECT (r.received_at AT TIME ZONE 'UTC')::date FROM merchant_responses m JOIN reviews r ON r.id = m.review_id WHERE m.updated_at >= $1
  UNION ALL SELECT day FROM reputation_order_counts WHERE updated_at >= $1
  UNION ALL SELECT (occurred_at AT TIME ZONE 'UTC')::date FROM reputation_complaints WHERE received_at >= $1
) t ORDER BY 1`;

export const ALL_DAYS_SQL = `
SELECT DISTINCT day::text AS day FROM (
  SELECT (received_at AT TIME ZONE 'UTC')::date AS day FROM reviews WHERE kind = 'review'
  UNION ALL SELECT day FROM reputation_order_counts
  UNION ALL SELECT (occurred_at AT TIME ZONE 'UTC')::date FROM reputation_complaints
) t ORDER BY 1`;
