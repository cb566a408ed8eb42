import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ScoreResult } from './domain/scoring.types.js';
import { packSignature } from './domain/duplication/signature-codec.js';
import type { Fingerprint } from './scoring-context.loader.js';

/** Writes of one scoring run; all take the caller's transaction. */
@Injectable()
export class ScoringRepository {
  public async markScoring(manager: EntityManager, reviewId: string, revision: number): Promise<void> {
    await manager.query(`UPDATE reviews SET status = 'scoring' WHERE id = $1 AND revision = $2 AND status = 'received'`, [reviewId, revision]);
  }

  /** false when this (review, revision, rule set) was already scored: the handler is idempotent. */
  public async insertScore(manager: EntityManager, reviewId: string, revision: number, ruleSetHash: string, result: ScoreResult, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score,
                                  sentiment_confidence, language, aspects, signals, verdict, priority, reason_codes, scored_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (review_id, revision, rule_set_hash) DO NOTHING RETURNING id`,
      [reviewId, revision, result.ruleSetVersion, ruleSetHash, result.fakeScore, result.sentiment.label, result.sentiment.score,
        result.sentiment.confidence, result.language, result.aspects, JSON.stringify(result.signals), result.verdict,
        Math.round(result.priority), result.reasonCodes, at],
    );
    return rows.length > 0;
  }

  public async saveFingerprint(manager: EntityManager, review: { id: string; productId: string; reviewerId: string }, fp: Fingerprint): Promise<void> {
    await manager.query(
      `INSERT INTO review_fingerprints (review_id, product_id, reviewer_id, exact_hash, signature) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (review_id) DO UPDATE SET exact_hash = EXCLUDED.exact_hash, signature = EXCLUDED.signature`,
      [review.id, review.productId, review.reviewerId, fp.exactHash, packSignature(fp.signature)],
    );
    // Band rows are a derived index of the current text; an edit replaces them.
    await manager.query('DELETE FROM review_lsh_bands WHERE review_id = $1', [review.id]);
    await manager.query(
      'INSERT INTO review_lsh_bands (band_key, review_id) SELECT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING',
      [fp.bandKeys, review.id],
    );
  }

  public async openModerationItem(manager: EntityManager, reviewId: string, result: ScoreResult, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
       VALUES ($1, 'open', $2, $3, $4, 'scoring', $5)
       ON CONFLICT (review_id) WHERE state IN ('open','claimed')
       DO UPDATE SET priority = EXCLUDED.priority, reason_codes = EXCLUDED.reason_codes, fake_score = EXCLUDED.fake_score`,
      [reviewId, Math.max(0, Math.min(100, Math.round(result.priority))), result.reasonCodes, result.fakeScore, at],
    );
  }

  /** A moderator holding a claim is working on the item: automated re-scoring leaves it alone. */
  public async hasClaimedItem(manager: EntityManager, reviewId: string, at: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM moderation_items WHERE review_id = $1 AND state = 'claimed' AND lease_until > $2`, [reviewId, at]);
    return rows.length > 0;
  }

  /** Closes the open queue item of a held review that new rules publish; decided_by null marks it automated. */
  public async closeOpenModerationItem(manager: EntityManager, reviewId: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE moderation_items SET state = 'decided', decided_at = $2, version = version + 1
        WHERE review_id = $1 AND state IN ('open', 'claimed')`, [reviewId, at]);
  }
}
