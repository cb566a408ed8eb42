import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { NewReviewRow, ReviewerUpsert } from './new-review-row.js';

/** TypeORM's connection pool (node-postgres), for the one statement that runs as a named prepared statement. */
export const pgPoolOf = (db: DataSource): Pool => (db.driver as unknown as { master: Pool }).master;

/**
 * One statement (data-modifying CTEs, atomic on its own): upsert the reviewer,
 * match the order, insert the review and its outbox row. A single POST then costs
 * one round trip instead of six; returns null when (channel, externalId) exists.
 * It is the hottest write, so it runs as a named prepared statement: PostgreSQL parses
 * it once per connection instead of once per review.
 */
export async function insertSingleReview(
  pool: Pool, row: Omit<NewReviewRow, 'reviewerId' | 'purchaseId'>, reviewer: ReviewerUpsert, now: Date,
): Promise<{ id: string; verification: string } | null> {
  const { rows } = await pool.query<{ id: string; verification: string }>({
    name: 'candor_insert_single_review',
    text: `WITH rv AS (
       INSERT INTO reviewers (channel_id, external_id, display_name, account_created_at, first_seen_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (channel_id, external_id) DO UPDATE
         SET display_name = COALESCE(EXCLUDED.display_name, reviewers.display_name),
             account_created_at = COALESCE(reviewers.account_created_at, EXCLUDED.account_created_at)
       RETURNING id),
     pu AS (
       SELECT p.id FROM purchases p, rv
        WHERE $14::text IS NOT NULL AND p.channel_id = $1 AND p.order_ref = $14 AND p.product_id = $7 AND p.reviewer_id = rv.id LIMIT 1),
     ins AS (
       INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, parent_id, rating, title, body, language,
                            media_urls, order_ref, purchase_id, verification, incentivized, incentive_type, content_hash, ip_hash,
                            device_hash, submitted_at, status, received_at, updated_at)
       SELECT $6, $1, $22, $7, $8, rv.id, $9, $10, $11, $12, $13, $15::jsonb, $14, (SELECT id FROM pu),
              CASE WHEN EXISTS (SELECT 1 FROM pu) THEN 'order_match' ELSE $16 END, $17, $18, $19, $20, $21, $23, 'received', $5, $5
         FROM rv
       ON CONFLICT (channel_id, external_id) DO NOTHING
       RETURNING id, verification),
     ob AS (
       INSERT INTO outbox_events (topic, aggregate_type, aggregate_id, payload, created_at)
       SELECT 'review.received', 'review', id, '{"revision":1}'::jsonb, $5 FROM ins)
     SELECT id, verification FROM ins`,
    values: [
      row.channelId, reviewer.externalId, reviewer.displayName, reviewer.accountCreatedAt, now, row.kind, row.productId, row.merchantId,
      row.parentId, row.rating, row.title, row.body, row.language, row.orderRef, JSON.stringify(row.mediaUrls), row.verification,
      row.incentivized, row.incentiveType, row.contentHash, row.ipHash, row.deviceHash, row.externalId, row.submittedAt,
    ],
  });
  return rows[0] ?? null;
}
