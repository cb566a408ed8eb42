import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keysetOrder, keysetPredicate, sqlTimestampKey, type CursorKey } from '../common/pagination/keyset-cursor.js';
import { RECENCY_ANCHOR, RECENCY_HALF_LIFE_DAYS, type RatingTotals, type StarCounts } from './domain/rating-figures.js';
import type { ReviewFilters, ReviewQuery } from './domain/review-query.js';
import { filterSql, sortKeyset, sortNumber } from './review-list-sql.js';
import { STOREFRONT_CHANGED_CHANNEL } from './storefront-cache.js';

export interface ProductAggregate {
  product: { id: string; name: string; sku: string };
  totals: RatingTotals;
  version: string;
}

interface AggregateRow {
  product_id: string;
  rating_count: number;
  rating_sum: string;
  count1: number;
  count2: number;
  count3: number;
  count4: number;
  count5: number;
  verified_count: number;
  verified_sum: string;
  incentivized_count: number;
  recency_weight: number;
  recency_weighted_sum: number;
}

const toTotals = (r: AggregateRow): RatingTotals => ({
  ratingCount: r.rating_count, ratingSum: Number(r.rating_sum), counts: [r.count1, r.count2, r.count3, r.count4, r.count5],
  verifiedCount: r.verified_count, verifiedSum: Number(r.verified_sum), incentivizedCount: r.incentivized_count,
  recencyWeight: r.recency_weight, recencyWeightedSum: r.recency_weighted_sum,
});

type ProductAggregateRow = AggregateRow & { id: string; name: string; sku: string; version: string | null };

const PRODUCT_AGGREGATE = 'SELECT p.id, p.name, p.sku, a.* FROM products p LEFT JOIN product_rating_aggregates a ON a.product_id = p.id';

const NO_RATINGS: RatingTotals = {
  ratingCount: 0, ratingSum: 0, counts: [0, 0, 0, 0, 0], verifiedCount: 0, verifiedSum: 0, incentivizedCount: 0, recencyWeight: 0, recencyWeightedSum: 0,
};

const toProductAggregate = (r: ProductAggregateRow): ProductAggregate => ({
  product: { id: r.id, name: r.name, sku: r.sku }, totals: r.version === null ? { ...NO_RATINGS, counts: [0, 0, 0, 0, 0] } : toTotals(r), version: r.version ?? '0',
});

export interface PublicReviewRow {
  id: string;
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  media_urls: string[];
  verification: string;
  incentivized: boolean;
  incentive_type: string | null;
  status: string;
  revision: number;
  submitted_at: Date;
  channel_code: string;
  channel_type: string;
  display_name: string | null;
  reply_body: string | null;
  reply_publications: number | null;
  reply_published_at: Date | null;
  helpful_votes: number;
  /** The reason code of the decision that folded it (never the moderator's note). */
  fold_reason_code: string | null;
  k_folded: number;
  k_num: string;
  k_time: string;
}

const PUBLIC_REVIEWS = `r.product_id = $1 AND r.kind = 'review' AND r.status IN ('published', 'folded')`;

/** What the aggregate trigger computes, from scratch (tests and POST /v1/ratings:recompute). */
const FROM_SCRATCH = `
  SELECT r.product_id, count(*)::int AS rating_count, sum(r.rating)::bigint AS rating_sum,
         count(*) FILTER (WHERE r.rating = 1)::int AS count1, count(*) FILTER (WHERE r.rating = 2)::int AS count2,
         count(*) FILTER (WHERE r.rating = 3)::int AS count3, count(*) FILTER (WHERE r.rating = 4)::int AS count4,
         count(*) FILTER (WHERE r.rating = 5)::int AS count5,
         count(*) FILTER (WHERE r.verification <> 'none')::int AS verified_count,
         COALESCE(sum(r.rating) FILTER (WHERE r.verification <> 'none'), 0)::bigint AS verified_sum,
         count(*) FILTER (WHERE r.incentivized)::int AS incentivized_count,
         sum(w.w) AS recency_weight, sum(w.w * r.rating) AS recency_weighted_sum
    FROM reviews r
    CROSS JOIN LATERAL (SELECT power(2::double precision, extract(epoch FROM (LEAST(r.submitted_at, r.received_at) - timestamptz '${RECENCY_ANCHOR}'))::double precision / (${RECENCY_HALF_LIFE_DAYS} * 86400)) AS w) w
   WHERE r.kind = 'review' AND r.rating IS NOT NULL AND r.status IN ('published', 'folded')`;

@Injectable()
export class RatingsRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One primary-key read (product joined to its aggregate row); null when the product does not exist. */
  public async load(productId: string): Promise<ProductAggregate | null> {
    const rows: ProductAggregateRow[] = await this.db.query(`${PRODUCT_AGGREGATE} WHERE p.id = $1`, [productId]);
    return rows[0] ? toProductAggregate(rows[0]) : null;
  }

  /** Ids of the most-rated products, most-rated first (cache warm-up): one sort, no per-page re-sorting. */
  public async mostRatedProductIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT p.id FROM products p LEFT JOIN product_rating_aggregates a ON a.product_id = p.id ORDER BY COALESCE(a.rating_count, 0) DESC, p.id LIMIT $1`, [limit],
    );
    return rows.map((r) => r.id);
  }

  /** Several products' aggregates by primary key, in no particular order. */
  public async loadMany(productIds: string[]): Promise<ProductAggregate[]> {
    const rows: ProductAggregateRow[] = await this.db.query(`${PRODUCT_AGGREGATE} WHERE p.id = ANY($1::uuid[])`, [productIds]);
    return rows.map(toProductAggregate);
  }

  public async platformTotals(): Promise<{ count: number; sum: number }> {
    const rows: { n: string | null; s: string | null }[] = await this.db.query('SELECT sum(rating_count) AS n, sum(rating_sum) AS s FROM product_rating_aggregates');
    return { count: Number(rows[0].n ?? 0), sum: Number(rows[0].s ?? 0) };
  }

  /** Totals recomputed from the reviews table, keyed by product (products without public ratings are absent). */
  public async fromScratch(productIds?: string[]): Promise<Map<string, RatingTotals>> {
    const filter = productIds ? ' AND r.product_id = ANY($1::uuid[])' : '';
    const rows: AggregateRow[] = await this.db.query(`${FROM_SCRATCH}${filter} GROUP BY r.product_id`, productIds ? [productIds] : []);
    return new Map(rows.map((r) => [r.product_id, toTotals(r)]));
  }

  /** Rewrites every aggregate row from scratch (repair tool); bumps versions so caches and ETags move on. */
  public async recomputeAll(): Promise<number> {
    return this.db.transaction(async (manager) => {
      await manager.query('LOCK TABLE product_rating_aggregates IN EXCLUSIVE MODE');
      await manager.query(`UPDATE product_rating_aggregates SET rating_count = 0, rating_sum = 0, count1 = 0, count2 = 0, count3 = 0, count4 = 0, count5 = 0,
        verified_count = 0, verified_sum = 0, incentivized_count = 0, recency_weight = 0, recency_weighted_sum = 0, version = version + 1, updated_at = now()`);
      const result: unknown[] = await manager.query(
        `INSERT INTO product_rating_aggregates AS a (product_id, rating_count, rating_sum, count1, count2, count3, count4, count5, verified_count, verified_sum,
                incentivized_count, recency_weight, recency_weighted_sum, version, updated_at)
         SELECT s.*, 1, now() FROM (${FROM_SCRATCH} GROUP BY r.product_id) s
         ON CONFLICT (product_id) DO UPDATE SET rating_count = EXCLUDED.rating_count, rating_sum = EXCLUDED.rating_sum, count1 = EXCLUDED.count1,
           count2 = EXCLUDED.count2, count3 = EXCLUDED.count3, count4 = EXCLUDED.count4, count5 = EXCLUDED.count5, verified_count = EXCLUDED.verified_count,
           verified_sum = EXCLUDED.verified_sum, incentivized_count = EXCLUDED.incentivized_count, recency_weight = EXCLUDED.recency_weight,
           recency_weighted_sum = EXCLUDED.recency_weighted_sum, version = a.version + 1, updated_at = now()
         RETURNING product_id`,
      );
      await manager.query(`SELECT pg_notify('${STOREFRONT_CHANGED_CHANNEL}', '*')`);
      return result.length;
    });
  }

  public async publicReviews(productId: string, q: Pick<ReviewQuery, 'sort' | 'filters' | 'limit'>, after: CursorKey | undefined): Promise<PublicReviewRow[]> {
    const keys = sortKeyset(q.sort);
    const params: unknown[] = [productId];
    const filters = filterSql(q.filters, params);
    let cursor = '';
    if (after) {
      cursor = ` AND ${keysetPredicate(keys, params.length + 1)}`;
      params.push(...after);
    }
    params.push(q.limit);
    return this.db.query(
      `SELECT r.id, r.rating, r.title, r.body, r.language, r.media_urls, r.verification, r.incentivized, r.incentive_type, r.status, r.revision,
              r.submitted_at, ch.code AS channel_code, ch.type AS channel_type, rv.display_name,
              v.body AS reply_body, mr.publications AS reply_publications, mr.published_at AS reply_published_at,
              COALESCE(hc.votes, 0) AS helpful_votes, fold.reason_code AS fold_reason_code,
              (r.status = 'folded')::int AS k_folded, ${sortNumber(q.sort)} AS k_num, ${sqlTimestampKey('r.submitted_at')} AS k_time
         FROM reviews r
         JOIN channels ch ON ch.id = r.channel_id
         JOIN reviewers rv ON rv.id = r.reviewer_id
         LEFT JOIN review_helpful_counts hc ON hc.review_id = r.id
         LEFT JOIN merchant_responses mr ON mr.review_id = r.id AND mr.visibility = 'public' AND mr.published_version IS NOT NULL
         LEFT JOIN merchant_response_versions v ON v.response_id = mr.id AND v.version = mr.published_version
         LEFT JOIN LATERAL (SELECT d.reason_code FROM decision_records d WHERE r.status = 'folded' AND d.review_id = r.id AND d.to_status = 'folded'
                             ORDER BY d.created_at DESC LIMIT 1) fold ON true
        WHERE ${PUBLIC_REVIEWS}${filters}${cursor}
        ORDER BY ${keysetOrder(keys)} LIMIT $${params.length}`,
      params,
    );
  }

  /** Size of the filtered public list (the `total` of every page). */
  public async countPublicReviews(productId: string, filters: ReviewFilters): Promise<number> {
    const params: unknown[] = [productId];
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM reviews r WHERE ${PUBLIC_REVIEWS}${filterSql(filters, params)}`, params);
    return rows[0].n;
  }

  /** 1–5★ counts of the verified (order match or invitation) public ratings, per product; zeros for a product without any. */
  public async verifiedCounts(productIds: string[]): Promise<Map<string, StarCounts>> {
    const rows: { product_id: string; rating: number; n: number }[] = await this.db.query(
      `SELECT r.product_id, r.rating, count(*)::int AS n FROM reviews r
        WHERE r.product_id = ANY($1::uuid[]) AND r.kind = 'review' AND r.status IN ('published', 'folded') AND r.rating IS NOT NULL AND r.verification <> 'none'
        GROUP BY r.product_id, r.rating`, [productIds],
    );
    const counts = new Map<string, StarCounts>(productIds.map((id) => [id, [0, 0, 0, 0, 0]]));
    for (const row of rows) (counts.get(row.product_id) as StarCounts)[row.rating - 1] = row.n;
    return counts;
  }
}
