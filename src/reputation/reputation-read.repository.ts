import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ChannelTotals } from './domain/channel-comparison.js';
import type { DailyFacts } from './domain/indicators.js';
import type { PurchaseCounts } from './domain/loyalty.js';
import type { StarCell } from './domain/star-parity.js';
import type { AuditCell } from './domain/suppression-audit.js';
import { ALL_ID } from './domain/taxonomy.js';

export interface RollupKey {
  scopeType: 'platform' | 'merchant' | 'product';
  scopeId: string;
  channelId: string;
}

interface DailyRow {
  day: string; channel_id: string; received_count: number; public_count: number; rating_count: number; rating_sum: string;
  stars1: number; stars2: number; stars3: number; stars4: number; stars5: number;
  sentiment_positive: number; sentiment_neutral: number; sentiment_negative: number; sentiment_mixed: number; sentiment_score_sum: number;
  aspect_mentions: number[]; aspect_negative: number[]; verified_count: number; incentivized_count: number; negative_count: number;
  fake_count: number; replied_count: number; reply_latency_hist: number[] | null; decided_count: number; decision_latency_hist: number[] | null;
  orders: number; complaints: number; reply_seconds: number[] | null; recommend_yes: number; recommend_no: number;
  nps_promoters: number; nps_passives: number; nps_detractors: number;
}

const DAILY_COLUMNS = `channel_id, received_count, public_count, rating_count, rating_sum, stars1, stars2, stars3, stars4, stars5,
  sentiment_positive, sentiment_neutral, sentiment_negative, sentiment_mixed, sentiment_score_sum, aspect_mentions, aspect_negative,
  verified_count, incentivized_count, negative_count, fake_count, replied_count, reply_latency_hist, decided_count, decision_latency_hist,
  orders, complaints, reply_seconds, recommend_yes, recommend_no, nps_promoters, nps_passives, nps_detractors`;

const toFacts = (r: DailyRow): DailyFacts => ({
  day: r.day, channelId: r.channel_id, received: r.received_count, public: r.public_count, ratingCount: r.rating_count, ratingSum: Number(r.rating_sum),
  stars: [r.stars1, r.stars2, r.stars3, r.stars4, r.stars5],
  sentiment: { positive: r.sentiment_positive, neutral: r.sentiment_neutral, negative: r.sentiment_negative, mixed: r.sentiment_mixed, scoreSum: r.sentiment_score_sum },
  aspectMentions: r.aspect_mentions, aspectNegative: r.aspect_negative, verified: r.verified_count, incentivized: r.incentivized_count,
  negative: r.negative_count, fake: r.fake_count, replied: r.replied_count, replyHist: r.reply_latency_hist, decided: r.decided_count,
  decisionHist: r.decision_latency_hist, orders: r.orders, complaints: r.complaints, replySeconds: r.reply_seconds ?? [],
  recommendYes: r.recommend_yes, recommendNo: r.recommend_no, npsPromoters: r.nps_promoters, npsPassives: r.nps_passives, npsDetractors: r.nps_detractors,
});

/** Which purchases a scope covers; null = any. */
export interface PurchaseScope {
  merchantId: string | null;
  productId: string | null;
  channelId: string | null;
}

/** Reads of the rollup tables (and the scope lookups that guard them). */
@Injectable()
export class ReputationReadRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per day with data, for one scope on one channel (or all: ALL_ID); walks the primary key. */
  public async dailyFacts(key: RollupKey, from: string, to: string): Promise<DailyFacts[]> {
    const rows: DailyRow[] = await this.db.query(
      `SELECT day::text AS day, ${DAILY_COLUMNS} FROM reputation_daily
        WHERE scope_type = $1 AND scope_id = $2 AND channel_id = $3 AND day BETWEEN $4::date AND $5::date ORDER BY day`,
      [key.scopeType, key.scopeId, key.channelId, from, to]);
    return rows.map(toFacts);
  }

  /** Per-channel totals of one scope over the period (the channel-comparison inputs). */
  public async channelTotals(scopeType: 'platform' | 'merchant' | 'product', scopeId: string, from: string, to: string): Promise<ChannelTotals[]> {
    const rows: { channel_id: string; type: string; name: string; rc: string; rs: string; sat: string; neg: string; pub: string; rep: string }[] = await this.db.query(
      `SELECT d.channel_id, c.type, c.name, sum(d.rating_count) AS rc, sum(d.rating_sum) AS rs, sum(d.stars4 + d.stars5) AS sat,
              sum(d.negative_count) AS neg, sum(d.public_count) AS pub, sum(d.replied_count) AS rep
         FROM reputation_daily d JOIN channels c ON c.id = d.channel_id
        WHERE d.scope_type = $1 AND d.scope_id = $2 AND d.channel_id <> $3 AND d.day BETWEEN $4::date AND $5::date
        GROUP BY d.channel_id, c.type, c.name ORDER BY c.type, c.name`,
      [scopeType, scopeId, ALL_ID, from, to]);
    return rows.map((r) => ({
      channelId: r.channel_id, channelType: r.type, channelName: r.name, ratingCount: Number(r.rc), ratingSum: Number(r.rs),
      satisfied: Number(r.sat), negative: Number(r.neg), public: Number(r.pub), replied: Number(r.rep),
    }));
  }

  /**
   * Distinct shoppers (reviewer ids: a shopper is known per channel) in [start, end) and in [previousStart, start),
   * from the purchases channels report: churn and repeat purchase need distinct counts, which daily rows cannot sum.
   */
  public async purchaseCounts(scope: PurchaseScope, previousStart: Date, start: Date, end: Date): Promise<PurchaseCounts> {
    const rows: { shoppers: string; repeat: string; previous: string; churned: string }[] = await this.db.query(
      `WITH p AS (
         SELECT pu.reviewer_id, pu.order_ref, pu.purchased_at FROM purchases pu JOIN products pr ON pr.id = pu.product_id
          WHERE pu.purchased_at >= $1 AND pu.purchased_at < $3 AND ($4::uuid IS NULL OR pr.merchant_id = $4)
            AND ($5::uuid IS NULL OR pu.product_id = $5) AND ($6::uuid IS NULL OR pu.channel_id = $6)),
       cur AS (SELECT reviewer_id, count(DISTINCT order_ref) AS orders FROM p WHERE purchased_at >= $2 GROUP BY reviewer_id),
       prev AS (SELECT DISTINCT reviewer_id FROM p WHERE purchased_at < $2)
       SELECT (SELECT count(*) FROM cur) AS shoppers, (SELECT count(*) FROM cur WHERE orders >= 2) AS repeat,
              (SELECT count(*) FROM prev) AS previous,
              (SELECT count(*) FROM prev WHERE NOT EXISTS (SELECT 1 FROM cur WHERE cur.reviewer_id = prev.reviewer_id)) AS churned`,
      [previousStart, start, end, scope.merchantId, scope.productId, scope.channelId]);
    const r = rows[0];
    return { shoppers: Number(r.shoppers), repeatShoppers: Number(r.repeat), previousShoppers: Number(r.previous), churned: Number(r.churned) };
  }

  /** Platform rating totals over the period: the default Bayesian prior mean. */
  public async platformRatingTotals(from: string, to: string): Promise<{ count: number; sum: number }> {
    const rows: { c: string | null; s: string | null }[] = await this.db.query(
      `SELECT sum(rating_count) AS c, sum(rating_sum) AS s FROM reputation_daily
        WHERE scope_type = 'platform' AND scope_id = $1 AND channel_id = $1 AND day BETWEEN $2::date AND $3::date`, [ALL_ID, from, to]);
    return { count: Number(rows[0]?.c ?? 0), sum: Number(rows[0]?.s ?? 0) };
  }

  /** (rating × sentiment) cells summed over the period, for one merchant or (null) the platform. */
  public async auditCells(merchantId: string | null, from: string, to: string): Promise<AuditCell[]> {
    const rows: { rating: number; sentiment: string; rec: string; held: string; rej: string; fold: string; pub: string; hist: number[] }[] = await this.db.query(
      `WITH cells AS (
         SELECT rating, sentiment, sum(received_count) AS rec, sum(held_count) AS held, sum(rejected_count) AS rej,
                sum(folded_count) AS fold, sum(published_count) AS pub
           FROM reputation_suppression_daily
          WHERE ($1::uuid IS NULL OR merchant_id = $1) AND day BETWEEN $2::date AND $3::date GROUP BY rating, sentiment),
       hist AS (
         SELECT rating, sentiment, array_agg(v ORDER BY i) AS hist FROM (
           SELECT s.rating, s.sentiment, u.i, sum(u.v)::int AS v FROM reputation_suppression_daily s, unnest(s.time_to_publish_hist) WITH ORDINALITY u(v, i)
            WHERE ($1::uuid IS NULL OR s.merchant_id = $1) AND s.day BETWEEN $2::date AND $3::date GROUP BY s.rating, s.sentiment, u.i) x
          GROUP BY rating, sentiment)
       SELECT c.*, h.hist FROM cells c JOIN hist h USING (rating, sentiment) ORDER BY c.rating, c.sentiment`,
      [merchantId, from, to]);
    return rows.map((r) => ({
      rating: Number(r.rating), sentiment: r.sentiment, received: Number(r.rec), held: Number(r.held), rejected: Number(r.rej),
      folded: Number(r.fold), published: Number(r.pub), timeToPublishHist: r.hist,
    }));
  }

  /** Received and ever-held reviews per merchant and star level (sentiment summed out): the star-parity audit's input. */
  public async starCells(merchantId: string | null, from: string, to: string): Promise<StarCell[]> {
    const rows: { merchant_id: string; rating: number; rec: string; held: string }[] = await this.db.query(
      `SELECT merchant_id, rating, sum(received_count) AS rec, sum(held_count) AS held
         FROM reputation_suppression_daily
        WHERE ($1::uuid IS NULL OR merchant_id = $1) AND day BETWEEN $2::date AND $3::date
        GROUP BY merchant_id, rating ORDER BY merchant_id, rating`,
      [merchantId, from, to]);
    return rows.map((r) => ({ merchantId: r.merchant_id, rating: Number(r.rating), received: Number(r.rec), held: Number(r.held) }));
  }

  public async productMerchant(productId: string): Promise<string | null> {
    const rows: { merchant_id: string }[] = await this.db.query('SELECT merchant_id FROM products WHERE id = $1', [productId]);
    return rows[0]?.merchant_id ?? null;
  }

  public async merchantExists(merchantId: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM merchants WHERE id = $1', [merchantId])).length > 0;
  }

  public async channelExists(channelId: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM channels WHERE id = $1', [channelId])).length > 0;
  }

  /** Merchants of the given products (to check ownership of a whole batch in one query). */
  public async productMerchants(productIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; merchant_id: string }[] = await this.db.query('SELECT id, merchant_id FROM products WHERE id = ANY($1::uuid[])', [productIds]);
    return new Map(rows.map((r) => [r.id, r.merchant_id]));
  }

  public async existingChannels(channelIds: string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM channels WHERE id = ANY($1::uuid[])', [channelIds]);
    return new Set(rows.map((r) => r.id));
  }
}
