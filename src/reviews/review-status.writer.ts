import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface DecidableReview {
  id: string;
  status: string;
  revision: number;
  merchantId: string;
  productId: string;
  channelId: string;
}

/**
 * `lockForDecision` + `setStatus` as CTEs, for a caller that decides in one statement. Given a CTE `subject`
 * with a `review_id` column, adds `review` (the row locked FOR UPDATE when its status is one of `statuses`, with
 * `to_status` = `toStatus`, or its status when that is NULL) and `review_set` (the write, only when the status
 * changes). Arguments are SQL expressions (placeholders), never values.
 */
export function reviewDecisionCtes(p: { subject: string; statuses: string; toStatus: string; at: string }): string {
  return `review AS MATERIALIZED (
      SELECT r.id, r.status, r.revision, r.merchant_id, r.product_id, r.channel_id, coalesce(${p.toStatus}, r.status) AS to_status
        FROM reviews r JOIN ${p.subject} s ON r.id = s.review_id
       WHERE r.status = ANY(${p.statuses})
         FOR UPDATE OF r
    ), review_set AS (
      UPDATE reviews SET status = review.to_status, version = reviews.version + 1, updated_at = ${p.at}
        FROM review WHERE reviews.id = review.id AND review.to_status <> review.status
      RETURNING reviews.id
    )`;
}

/**
 * Status writes for moderation decisions and automated verdicts, kept apart from ReviewsRepository (whose set-based intake
 * SQL is tuned separately). Both methods take the caller's transaction.
 */
@Injectable()
export class ReviewStatusWriter {
  /** Row lock on the review, so a decision and an author's edit or a re-score never interleave. */
  public async lockForDecision(manager: EntityManager, id: string): Promise<DecidableReview | null> {
    const rows: DecidableReview[] = await manager.query(
      `SELECT id, status, revision, merchant_id AS "merchantId", product_id AS "productId", channel_id AS "channelId"
         FROM reviews WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  public async setStatus(manager: EntityManager, id: string, status: string, at: Date): Promise<void> {
    await manager.query('UPDATE reviews SET status = $2, version = version + 1, updated_at = $3 WHERE id = $1', [id, status, at]);
  }

  /** received → scoring for reviews still at this revision, so the intake view shows the job has started. */
  public async markScoring(manager: EntityManager, reviews: { id: string; revision: number }[]): Promise<void> {
    if (reviews.length === 0) return;
    await manager.query(
      `UPDATE reviews SET status = 'scoring' FROM unnest($1::uuid[], $2::int[]) AS t(id, revision)
        WHERE reviews.id = t.id AND reviews.revision = t.revision AND reviews.status = 'received'`,
      [reviews.map((r) => r.id), reviews.map((r) => r.revision)],
    );
  }

  /**
   * `setStatus` for many reviews in one statement. The rating-aggregate triggers lock one
   * product_rating_aggregates row per product whose published set changes, in whatever order the
   * UPDATE visits reviews; two concurrent batches sharing products could then deadlock, so the rows
   * are locked first, in product order (the trigger then finds them already held).
   */
  public async setStatuses(manager: EntityManager, rows: { id: string; status: string }[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    const params = [rows.map((r) => r.id), rows.map((r) => r.status), at];
    await manager.query(
      `SELECT 1 FROM product_rating_aggregates
        WHERE product_id IN (SELECT r.product_id FROM reviews r JOIN unnest($1::uuid[], $2::text[]) AS t(id, status) ON r.id = t.id
                              WHERE t.status IN ('published', 'folded') OR r.status IN ('published', 'folded'))
        ORDER BY product_id FOR UPDATE`, params.slice(0, 2));
    await manager.query(
      `UPDATE reviews SET status = t.status, version = version + 1, updated_at = $3
         FROM unnest($1::uuid[], $2::text[]) AS t(id, status) WHERE reviews.id = t.id`, params);
  }
}
