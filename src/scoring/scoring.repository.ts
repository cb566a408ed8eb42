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
 * Writes of scoring's own tables (scores, fingerprints, LSH bands); all take the caller's transaction and are
 * set-based (one statement for a whole micro-batch of score jobs; a single review is a batch of one).
 */
@Injectable()
export class ScoringRepository {
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
}
