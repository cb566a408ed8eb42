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
 * Status writes for human moderation decisions, kept apart from ReviewsRepository (whose set-based intake
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
}
