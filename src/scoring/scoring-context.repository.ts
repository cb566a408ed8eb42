import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ProductActivity, ProductRatingStats, ReviewerHistory } from './domain/scoring.types.js';

const DAY_MS = 86_400_000;
export const BASELINE_DAYS = 28;

/** Read-side SQL that loads what the signals need; every query is an index range scan. */
@Injectable()
export class ScoringContextRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  public async productRatings(productId: string, excludeId: string): Promise<ProductRatingStats> {
    const [row]: { count: string; sum: string | null; sum_sq: string | null }[] = await this.db.query(
      `SELECT count(rating) AS count, sum(rating) AS sum, sum(rating * rating) AS sum_sq
         FROM reviews WHERE product_id = $1 AND id <> $2 AND kind = 'review' AND status <> 'removed'`,
      [productId, excludeId],
    );
    return { count: Number(row.count), sum: Number(row.sum ?? 0), sumSq: Number(row.sum_sq ?? 0) };
  }

  public async productActivity(productId: string, excludeId: string, at: Date): Promise<ProductActivity> {
    const since = new Date(at.getTime() - (BASELINE_DAYS + 1) * DAY_MS);
    const [days, totals]: [{ day: number; n: string }[], { total: string; first: Date | null; last24: string }[]] = await Promise.all([
      this.db.query(
        `SELECT floor(EXTRACT(EPOCH FROM ($3::timestamptz - received_at)) / 86400)::int - 1 AS day, count(*) AS n
           FROM reviews WHERE product_id = $1 AND id <> $2 AND received_at >= $4 AND received_at < $3::timestamptz - interval '1 day'
          GROUP BY 1`,
        [productId, excludeId, at, since],
      ),
      this.db.query(
        `SELECT count(*) AS total, min(received_at) AS first,
                count(*) FILTER (WHERE received_at >= $3::timestamptz - interval '1 day' AND received_at <= $3) AS last24
           FROM reviews WHERE product_id = $1 AND id <> $2 AND received_at <= $3`,
        [productId, excludeId, at],
      ),
    ]);
    const first = totals[0].first;
    // Oldest first; days before the product's first review are omitted (no baseline yet).
    const span = first ? Math.min(BASELINE_DAYS, Math.max(0, Math.floor((at.getTime() - first.getTime()) / DAY_MS))) : 0;
    const counts = new Array<number>(span).fill(0);
    for (const d of days) if (d.day >= 0 && d.day < span) counts[span - 1 - d.day] += Number(d.n);
    return { dailyCounts: counts, countLast24h: Number(totals[0].last24), countSinceFirst: Number(totals[0].total), firstReviewAt: first };
  }

  public async reviewerHistory(reviewerId: string, excludeId: string, at: Date): Promise<ReviewerHistory> {
    const [stats, perDay, reviewer, hashes]: [
      { n: string; r1: string; r2: string; r3: string; r4: string; r5: string; last24: string; first: Date | null }[],
      { max: string | null }[],
      { account_created_at: Date | null }[],
      { product_id: string; exact_hash: string }[],
    ] = await Promise.all([
      this.db.query(
        `SELECT count(*) AS n, count(*) FILTER (WHERE rating = 1) AS r1, count(*) FILTER (WHERE rating = 2) AS r2,
                count(*) FILTER (WHERE rating = 3) AS r3, count(*) FILTER (WHERE rating = 4) AS r4, count(*) FILTER (WHERE rating = 5) AS r5,
                count(*) FILTER (WHERE received_at >= $3::timestamptz - interval '1 day') AS last24, min(received_at) AS first
           FROM reviews WHERE reviewer_id = $1 AND id <> $2 AND received_at <= $3`,
        [reviewerId, excludeId, at],
      ),
      this.db.query(
        `SELECT max(n) AS max FROM (SELECT count(*) AS n FROM reviews WHERE reviewer_id = $1 GROUP BY date_trunc('day', received_at AT TIME ZONE 'UTC')) d`,
        [reviewerId],
      ),
      this.db.query('SELECT account_created_at FROM reviewers WHERE id = $1', [reviewerId]),
      this.db.query('SELECT product_id, exact_hash FROM review_fingerprints WHERE reviewer_id = $1 AND review_id <> $2 LIMIT 500', [reviewerId, excludeId]),
    ]);
    const s = stats[0];
    return {
      reviewCount: Number(s.n),
      ratingHistogram: [Number(s.r1), Number(s.r2), Number(s.r3), Number(s.r4), Number(s.r5)],
      maxPerDay: Math.max(1, Number(perDay[0]?.max ?? 1)),
      reviewsLast24h: Number(s.last24),
      firstSeenAt: s.first,
      accountCreatedAt: reviewer[0]?.account_created_at ?? null,
      previousBodyHashes: hashes.map((h) => ({ productId: h.product_id, hash: h.exact_hash })),
    };
  }

  public exactMatches(hash: string, excludeId: string): Promise<{ review_id: string; reviewer_id: string; product_id: string }[]> {
    return this.db.query('SELECT review_id, reviewer_id, product_id FROM review_fingerprints WHERE exact_hash = $1 AND review_id <> $2 LIMIT 50', [hash, excludeId]);
  }

  /** Candidates sharing at least one LSH band, with their signatures for verification. */
  /** The 50 items sharing the most bands (most likely the closest copies), with packed signatures to verify. */
  public async bandCandidates(bandKeys: string[], excludeId: string): Promise<{ review_id: string; reviewer_id: string; product_id: string; signature: Buffer }[]> {
    return this.db.query(
      `SELECT f.review_id, f.reviewer_id, f.product_id, f.signature
         FROM (SELECT review_id FROM review_lsh_bands WHERE band_key = ANY($1::text[]) AND review_id <> $2
                GROUP BY review_id ORDER BY count(*) DESC, review_id LIMIT 50) c
         JOIN review_fingerprints f ON f.review_id = c.review_id`,
      [bandKeys, excludeId],
    );
  }

  public async network(review: { ipHash: string | null; deviceHash: string | null; reviewerId: string }, at: Date, windowHours: number, minShared: number): Promise<{ ip: number; device: number; coReview: number }> {
    const since = new Date(at.getTime() - windowHours * 3_600_000);
    const distinct = async (column: 'ip_hash' | 'device_hash', value: string | null): Promise<number> => {
      if (!value) return 1;
      const [row]: { n: string }[] = await this.db.query(
        `SELECT count(DISTINCT reviewer_id) AS n FROM reviews WHERE ${column} = $1 AND received_at >= $2 AND received_at <= $3`, [value, since, at]);
      return Math.max(1, Number(row.n));
    };
    const coReview = async (): Promise<number> => {
      const [row]: { n: string }[] = await this.db.query(
        `WITH mine AS (SELECT DISTINCT product_id FROM reviews WHERE reviewer_id = $1 AND received_at >= $2 AND received_at <= $3)
         SELECT count(*) AS n FROM (
           SELECT reviewer_id FROM reviews WHERE product_id IN (SELECT product_id FROM mine) AND reviewer_id <> $1
              AND received_at >= $2 AND received_at <= $3
            GROUP BY reviewer_id HAVING count(DISTINCT product_id) >= $4) g`,
        [review.reviewerId, since, at, minShared]);
      return Number(row.n);
    };
    const [ip, device, co] = await Promise.all([distinct('ip_hash', review.ipHash), distinct('device_hash', review.deviceHash), coReview()]);
    return { ip, device, coReview: co };
  }
}
