import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BASELINE_DAYS, type NewAccountWindows } from './domain/context-windows.js';
import type { NetworkContext, ProductActivity, ProductNewAccounts, ProductRatingStats, ReviewerHistory } from './domain/scoring.types.js';
import { SCORING_CONTEXT_SQL, type ScoringContextRow } from './scoring-context.sql.js';

const DAY_MS = 86_400_000;

export interface ContextFacts {
  ratings: ProductRatingStats;
  activity: ProductActivity;
  newAccounts: ProductNewAccounts;
  reviewer: ReviewerHistory;
  exact: { reviewId: string; reviewerId: string; productId: string }[];
  network: { ip: number; device: number; coReview: number; newAccountsOnIp: NetworkContext['newAccountsOnIp'] };
}

/** Oldest first; days before the product's first review are omitted (no baseline yet). */
function toActivity(row: ScoringContextRow, at: Date): ProductActivity {
  const first = row.activity.first ? new Date(row.activity.first) : null;
  const span = first ? Math.min(BASELINE_DAYS, Math.max(0, Math.floor((at.getTime() - first.getTime()) / DAY_MS))) : 0;
  const counts = new Array<number>(span).fill(0);
  for (const [day, n] of row.days) if (day >= 0 && day < span) counts[span - 1 - day] += Number(n);
  return { dailyCounts: counts, countLast24h: Number(row.activity.last24), countSinceFirst: Number(row.activity.total), firstReviewAt: first };
}

/** Read-side SQL that loads what the signals need; every part is an index range scan. */
@Injectable()
export class ScoringContextRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One round trip for everything but LSH candidates (see SCORING_CONTEXT_SQL). */
  public async facts(review: { id: string; productId: string; reviewerId: string; receivedAt: Date; ipHash: string | null; deviceHash: string | null },
    exactHash: string, windowHours: number, minShared: number, fresh: NewAccountWindows): Promise<ContextFacts> {
    const at = review.receivedAt;
    const hoursBefore = (hours: number): Date => new Date(at.getTime() - hours * 3_600_000);
    const [row]: ScoringContextRow[] = await this.db.query(SCORING_CONTEXT_SQL, [
      review.productId, review.id, at, review.reviewerId, exactHash, review.ipHash, review.deviceHash,
      hoursBefore(windowHours), hoursBefore((BASELINE_DAYS + 1) * 24), minShared,
      hoursBefore(fresh.product.windowHours), fresh.product.maxAgeDays, hoursBefore(fresh.ip.windowDays * 24), fresh.ip.maxAgeDays,
    ]);
    return {
      ratings: { count: Number(row.ratings.count), sum: Number(row.ratings.sum), sumSq: Number(row.ratings.sumSq) },
      activity: toActivity(row, at),
      newAccounts: { ...fresh.product, reviews: Number(row.new_accounts.n), fromNewAccounts: Number(row.new_accounts.fresh) },
      reviewer: {
        reviewCount: Number(row.reviewer.n), ratingHistogram: row.reviewer.h.map(Number) as ReviewerHistory['ratingHistogram'],
        maxPerDay: Math.max(1, Number(row.max_per_day ?? 1)), reviewsLast24h: Number(row.reviewer.last24),
        firstSeenAt: row.reviewer.first ? new Date(row.reviewer.first) : null, accountCreatedAt: row.account_created_at ?? null,
        previousBodyHashes: row.hashes.map(([productId, hash]) => ({ productId, hash })),
      },
      exact: row.exact.map(([reviewId, reviewerId, productId]) => ({ reviewId, reviewerId, productId })),
      network: {
        ip: Math.max(1, Number(row.ip)), device: Math.max(1, Number(row.device)), coReview: Number(row.co_review),
        newAccountsOnIp: { ...fresh.ip, others: Number(row.ip_new_accounts) },
      },
    };
  }

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
}
