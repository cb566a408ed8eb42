import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { aspectName, toAspectFinding } from './domain/aspects/aspect-finding.js';
import type { ScoreResult } from './domain/scoring.types.js';
import { packSignature } from './domain/duplication/signature-codec.js';
import type { Fingerprint } from './scoring-context.loader.js';

/** One review's score row, as `insertScores` takes it. */
export interface NewScore {
  reviewId: string;
  revision: number;
  ruleSetHash: string;
  result: ScoreResult;
  at: Date;
}

/**
 * Writes of scoring runs; all take the caller's transaction. The batch forms are set-based (one
 * statement for a whole micro-batch of score jobs); the single forms are the same SQL with one row.
 */
@Injectable()
export class ScoringRepository {
  public async markScoring(manager: EntityManager, reviewId: string, revision: number): Promise<void> {
    await this.markScoringMany(manager, [{ reviewId, revision }]);
  }

  public async markScoringMany(manager: EntityManager, reviews: { reviewId: string; revision: number }[]): Promise<void> {
    if (reviews.length === 0) return;
    await manager.query(
      `UPDATE reviews SET status = 'scoring' FROM unnest($1::uuid[], $2::int[]) AS t(id, revision)
        WHERE reviews.id = t.id AND reviews.revision = t.revision AND reviews.status = 'received'`,
      [reviews.map((r) => r.reviewId), reviews.map((r) => r.revision)],
    );
  }

  /** false when this (review, revision, rule set) was already scored: the handler is idempotent. */
  public async insertScore(manager: EntityManager, reviewId: string, revision: number, ruleSetHash: string, result: ScoreResult, at: Date): Promise<boolean> {
    return (await this.insertScores(manager, [{ reviewId, revision, ruleSetHash, result, at }])).has(reviewId);
  }

  /** The reviews whose score row this call inserted; one already scored under the same rules is left out. */
  public async insertScores(manager: EntityManager, scores: NewScore[]): Promise<Set<string>> {
    if (scores.length === 0) return new Set();
    const rows: { review_id: string }[] = await manager.query(
      `INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score,
                                  sentiment_confidence, language, aspects, aspect_details, signals, verdict, priority, reason_codes, scored_at)
       SELECT review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score,
              sentiment_confidence, language, aspects, aspect_details, signals, verdict, priority, reason_codes, scored_at
         FROM jsonb_to_recordset($1::jsonb) AS x(review_id uuid, revision int, rule_set_version text, rule_set_hash text,
              fake_score float8, sentiment_label text, sentiment_score float8, sentiment_confidence float8, language text,
              aspects text[], aspect_details jsonb, signals jsonb, verdict text, priority smallint, reason_codes text[], scored_at timestamptz)
       ON CONFLICT (review_id, revision, rule_set_hash) DO NOTHING RETURNING review_id`,
      [JSON.stringify(scores.map(({ reviewId, revision, ruleSetHash, result, at }) => ({
        review_id: reviewId, revision, rule_set_version: result.ruleSetVersion, rule_set_hash: ruleSetHash, fake_score: result.fakeScore,
        sentiment_label: result.sentiment.label, sentiment_score: result.sentiment.score, sentiment_confidence: result.sentiment.confidence,
        language: result.language, aspects: result.aspects.map(aspectName), aspect_details: result.aspectDetails.map(toAspectFinding), signals: result.signals, verdict: result.verdict,
        priority: Math.round(result.priority), reason_codes: result.reasonCodes, scored_at: at.toISOString(),
      })))],
    );
    return new Set(rows.map((r) => r.review_id));
  }

  public async saveFingerprint(manager: EntityManager, review: { id: string; productId: string; reviewerId: string }, fp: Fingerprint): Promise<void> {
    await this.saveFingerprints(manager, [{ review, fingerprint: fp }]);
  }

  public async saveFingerprints(manager: EntityManager, items: { review: { id: string; productId: string; reviewerId: string }; fingerprint: Fingerprint }[]): Promise<void> {
    if (items.length === 0) return;
    const saved: { review_id: string; created: boolean }[] = await manager.query(
      `INSERT INTO review_fingerprints (review_id, product_id, reviewer_id, exact_hash, signature)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::bytea[])
       ON CONFLICT (review_id) DO UPDATE SET exact_hash = EXCLUDED.exact_hash, signature = EXCLUDED.signature
       RETURNING review_id, (xmax = 0) AS created`,
      [items.map((i) => i.review.id), items.map((i) => i.review.productId), items.map((i) => i.review.reviewerId),
        items.map((i) => i.fingerprint.exactHash), items.map((i) => packSignature(i.fingerprint.signature))],
    );
    // Band rows are a derived index of the current text; an edit (or re-score) replaces them.
    const stale = saved.filter((r) => !r.created).map((r) => r.review_id);
    if (stale.length > 0) await manager.query('DELETE FROM review_lsh_bands WHERE review_id = ANY($1::uuid[])', [stale]);
    const bands = items.flatMap((i) => i.fingerprint.bandKeys.map((key) => [key, i.review.id] as const));
    await manager.query(
      'INSERT INTO review_lsh_bands (band_key, review_id) SELECT * FROM unnest($1::text[], $2::uuid[]) ON CONFLICT DO NOTHING',
      [bands.map(([key]) => key), bands.map(([, id]) => id)],
    );
  }

  /** One queue item per held review; a review appears at most once per call (ON CONFLICT cannot touch a row twice). */
  public async openModerationItems(manager: EntityManager, items: { reviewId: string; result: Pick<ScoreResult, 'priority' | 'fakeScore'> & { reasonCodes: readonly string[] } }[], at: Date): Promise<void> {
    if (items.length === 0) return;
    await manager.query(
      `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
       SELECT review_id, 'open', priority, reason_codes, fake_score, 'scoring', $2
         FROM jsonb_to_recordset($1::jsonb) AS x(review_id uuid, priority smallint, reason_codes text[], fake_score float8)
       ON CONFLICT (review_id) WHERE state IN ('open','claimed')
       DO UPDATE SET priority = EXCLUDED.priority, reason_codes = EXCLUDED.reason_codes, fake_score = EXCLUDED.fake_score`,
      [JSON.stringify(items.map(({ reviewId, result }) => ({
        review_id: reviewId, priority: Math.max(0, Math.min(100, Math.round(result.priority))), reason_codes: result.reasonCodes, fake_score: result.fakeScore,
      }))), at],
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
