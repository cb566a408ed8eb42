import { randomUUID } from 'node:crypto';
import type { Sql } from './e2e.js';

/** One review as the rollup sees it; times are offsets from `receivedAt`. */
export interface FixtureReview {
  productId: string;
  merchantId: string;
  channelId: string;
  receivedAt: string;
  rating: number;
  status: 'published' | 'held' | 'withheld' | 'folded' | 'hidden' | 'removed' | 'received';
  verified?: boolean;
  incentivized?: boolean;
  sentiment?: { label: 'positive' | 'neutral' | 'negative' | 'mixed'; score: number };
  aspects?: string[];
  /** Decision records, in order. */
  decisions?: { toStatus: string; afterSeconds: number; reasonCode?: string; automated?: boolean; action?: string }[];
  replyAfterSeconds?: number;
  /** Review text (the recommendation fallback) and the explicit intake answers. */
  body?: string;
  recommends?: boolean;
  npsScore?: number;
}

const at = (base: string, seconds: number): Date => new Date(new Date(base).getTime() + seconds * 1000);

/**
 * Inserts reviews with their latest score, decision records and merchant reply by SQL
 * (no pipeline), so indicator tests can be computed by hand. Returns the review ids.
 */
export async function insertFixtureReviews(sql: Sql, reviews: FixtureReview[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of reviews) {
    const [reviewer] = await sql.query<{ id: string }>(
      'INSERT INTO reviewers (channel_id, external_id, first_seen_at) VALUES ($1, $2, $3) RETURNING id', [r.channelId, `fx-${randomUUID()}`, r.receivedAt]);
    const [row] = await sql.query<{ id: string }>(
      `INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, rating, body, verification, incentivized, incentive_type,
                            status, content_hash, submitted_at, received_at, updated_at, recommends, nps_score)
       VALUES ('review', $1, $2, $3, $4, $5, $6, $13, $7, $8, $9, $10, $11, $12, $12, $12, $14, $15) RETURNING id`,
      [r.channelId, `fx-${randomUUID()}`, r.productId, r.merchantId, reviewer.id, r.rating, r.verified ? 'invitation' : 'none',
        r.incentivized ?? false, r.incentivized ? 'discount' : null, r.status, randomUUID(), r.receivedAt, r.body ?? 'fixture review body',
        r.recommends ?? null, r.npsScore ?? null]);
    ids.push(row.id);
    if (r.sentiment) {
      await sql.query(
        `INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score, sentiment_confidence,
                                    language, aspects, signals, verdict, priority, reason_codes, scored_at)
         VALUES ($1, 1, 'fx', 'fx', 0.1, $2, $3, 0.9, 'en', $4, '[]', 'publish', 0, '{}', $5)`,
        [row.id, r.sentiment.label, r.sentiment.score, r.aspects ?? [], at(r.receivedAt, 1)]);
    }
    let from = 'scoring';
    for (const d of r.decisions ?? []) {
      await sql.query(
        `INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, automated, actor_type, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [row.id, d.action ?? d.toStatus, from, d.toStatus, d.reasonCode ?? null, d.automated ?? true, d.automated === false ? 'moderator' : 'system', at(r.receivedAt, d.afterSeconds)]);
      from = d.toStatus;
    }
    if (r.replyAfterSeconds !== undefined) {
      const t = at(r.receivedAt, r.replyAfterSeconds);
      await sql.query(
        `INSERT INTO merchant_responses (review_id, merchant_id, visibility, state, current_version, published_version, publications, created_at, updated_at, published_at)
         VALUES ($1, $2, 'public', 'published', 1, 1, 1, $3, $3, $3)`, [row.id, r.merchantId, t]);
    }
  }
  return ids;
}

/** Shorthand for the common case: published automatically after `afterSeconds`. */
export const publishedAfter = (afterSeconds: number): FixtureReview['decisions'] => [{ toStatus: 'published', action: 'publish', afterSeconds }];

/** One reported purchase: `shopper` names a reviewer (created on first use per channel). */
export interface FixturePurchase {
  shopper: string;
  channelId: string;
  productId: string;
  orderRef: string;
  purchasedAt: string;
}

/** Inserts purchases by SQL (the churn and repeat-purchase inputs); shoppers are per channel, as reviewers are. */
export async function insertFixturePurchases(sql: Sql, purchases: FixturePurchase[]): Promise<void> {
  const reviewers = new Map<string, string>();
  for (const p of purchases) {
    const key = `${p.channelId}/${p.shopper}`;
    let reviewerId = reviewers.get(key);
    if (!reviewerId) {
      const [row] = await sql.query<{ id: string }>(
        'INSERT INTO reviewers (channel_id, external_id, first_seen_at) VALUES ($1, $2, $3) RETURNING id', [p.channelId, `shopper-${p.shopper}-${randomUUID()}`, p.purchasedAt]);
      reviewerId = row.id;
      reviewers.set(key, reviewerId);
    }
    await sql.query('INSERT INTO purchases (channel_id, order_ref, reviewer_id, product_id, purchased_at) VALUES ($1, $2, $3, $4, $5)',
      [p.channelId, p.orderRef, reviewerId, p.productId, p.purchasedAt]);
  }
}
