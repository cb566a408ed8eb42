import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface StaffReviewRow {
  id: string; kind: string; status: string; merchant_id: string; product_id: string; channel_id: string; channel_code: string | null;
  reviewer_id: string; reviewer_name: string | null; external_id: string; rating: number | null; title: string | null; body: string;
  language: string | null; media_urls: string[]; verification: string; incentivized: boolean; incentive_type: string | null;
  order_ref: string | null; purchase_id: string | null; ip_hash: string | null; device_hash: string | null; version: number; revision: number;
  submitted_at: Date; received_at: Date; last_edited_at: Date | null; product_name: string | null; intake_mode: 'live' | 'import';
}

export interface AuthorHistoryRow {
  review_id: string; product_id: string; status: string; rating: number | null; title: string | null; excerpt: string; received_at: Date;
  item_id: string | null; item_state: string | null; last_action: string | null;
}

export interface ScoreRow {
  revision: number; rule_set_version: string; fake_score: number; sentiment_label: string; sentiment_score: number; sentiment_confidence: number;
  language: string; aspects: string[]; aspect_details: unknown[]; signals: { id: string; value: number; weight: number; contribution: number; reason: string }[];
  verdict: string; priority: number; reason_codes: string[]; scored_at: Date;
}

export interface CandidateRow {
  review_id: string; exact: boolean; signature: Buffer | null; reviewer_id: string; product_id: string; status: string;
  rating: number | null; title: string | null; body: string; received_at: Date;
}

/** Read-only context for the item view; several tables, none of them written here. */
@Injectable()
export class ModerationReadRepository {
  public async staffReview(manager: EntityManager, reviewId: string): Promise<StaffReviewRow | null> {
    const rows: StaffReviewRow[] = await manager.query(
      `SELECT r.id, r.kind, r.status, r.merchant_id, r.product_id, r.channel_id, c.code AS channel_code, r.reviewer_id, rv.display_name AS reviewer_name,
              r.external_id, r.rating, r.title, r.body, r.language, r.media_urls, r.verification, r.incentivized, r.incentive_type, r.order_ref,
              r.purchase_id, r.ip_hash, r.device_hash, r.version, r.revision, r.submitted_at, r.received_at, r.last_edited_at, p.name AS product_name, r.intake_mode
         FROM reviews r JOIN reviewers rv ON rv.id = r.reviewer_id JOIN channels c ON c.id = r.channel_id JOIN products p ON p.id = r.product_id
        WHERE r.id = $1`,
      [reviewId],
    );
    return rows[0] ?? null;
  }

  /** The author's other items, newest first, with the state of their latest moderation item and latest decision. */
  public authorHistory(manager: EntityManager, reviewerId: string, excludeId: string): Promise<AuthorHistoryRow[]> {
    return manager.query(
      `SELECT r.id AS review_id, r.product_id, r.status, r.rating, r.title, left(r.body, 160) AS excerpt, r.received_at,
              mi.id AS item_id, mi.state AS item_state, d.action AS last_action
         FROM reviews r
         LEFT JOIN LATERAL (SELECT id, state FROM moderation_items WHERE review_id = r.id ORDER BY created_at DESC LIMIT 1) mi ON true
         LEFT JOIN LATERAL (SELECT action FROM decision_records WHERE review_id = r.id ORDER BY created_at DESC LIMIT 1) d ON true
        WHERE r.reviewer_id = $1 AND r.id <> $2
        ORDER BY r.received_at DESC LIMIT 50`,
      [reviewerId, excludeId],
    );
  }

  public async productContext(manager: EntityManager, productId: string): Promise<{ published: number; mean: number | null; byStatus: Record<string, number> }> {
    const rows: { status: string; n: number; rating_sum: number | null; rated: number }[] = await manager.query(
      `SELECT status, count(*)::int AS n, sum(rating)::float8 AS rating_sum, count(rating)::int AS rated
         FROM reviews WHERE product_id = $1 GROUP BY status`,
      [productId],
    );
    const visible = rows.filter((r) => r.status === 'published' || r.status === 'folded');
    const rated = visible.reduce((s, r) => s + r.rated, 0);
    const sum = visible.reduce((s, r) => s + (r.rating_sum ?? 0), 0);
    return {
      published: visible.reduce((s, r) => s + r.n, 0),
      mean: rated > 0 ? Math.round((sum / rated) * 100) / 100 : null,
      byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])),
    };
  }

  public async latestScore(manager: EntityManager, reviewId: string): Promise<ScoreRow | null> {
    const rows: ScoreRow[] = await manager.query(
      `SELECT revision, rule_set_version, fake_score, sentiment_label, sentiment_score, sentiment_confidence, language, aspects, aspect_details, signals,
              verdict, priority, reason_codes, scored_at
         FROM review_scores WHERE review_id = $1 ORDER BY revision DESC, scored_at DESC LIMIT 1`,
      [reviewId],
    );
    return rows[0] ?? null;
  }

  public async ownFingerprint(manager: EntityManager, reviewId: string): Promise<{ exact_hash: string; signature: Buffer } | null> {
    const rows: { exact_hash: string; signature: Buffer }[] = await manager.query('SELECT exact_hash, signature FROM review_fingerprints WHERE review_id = $1', [reviewId]);
    return rows[0] ?? null;
  }

  /** Exact-hash matches and LSH band candidates (to be confirmed with estimateJaccard), with their text. */
  public duplicateCandidates(manager: EntityManager, reviewId: string, exactHash: string): Promise<CandidateRow[]> {
    return manager.query(
      `WITH cand AS (
         SELECT review_id, true AS exact FROM review_fingerprints WHERE exact_hash = $2 AND review_id <> $1
         UNION
         SELECT DISTINCT b.review_id, false FROM review_lsh_bands own JOIN review_lsh_bands b ON b.band_key = own.band_key
          WHERE own.review_id = $1 AND b.review_id <> $1
       ), ranked AS (SELECT review_id, bool_or(exact) AS exact FROM cand GROUP BY review_id LIMIT 200)
       SELECT c.review_id, c.exact, f.signature, r.reviewer_id, r.product_id, r.status, r.rating, r.title, r.body, r.received_at
         FROM ranked c JOIN reviews r ON r.id = c.review_id LEFT JOIN review_fingerprints f ON f.review_id = c.review_id`,
      [reviewId, exactHash],
    );
  }

  public async ruleSetVersion(manager: EntityManager, reviewId: string): Promise<string | null> {
    const rows: { rule_set_version: string }[] = await manager.query(
      'SELECT rule_set_version FROM review_scores WHERE review_id = $1 ORDER BY revision DESC, scored_at DESC LIMIT 1', [reviewId],
    );
    return rows[0]?.rule_set_version ?? null;
  }
}
