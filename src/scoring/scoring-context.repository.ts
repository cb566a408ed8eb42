import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forEachRow } from '../database/pg/for-each-row.js';
import { pgPoolOf } from '../database/pg/pg-pool.js';
import { queryPrepared } from '../database/pg/prepared-query.js';
import { BASELINE_DAYS, type RuleWindows } from './domain/context-windows.js';
import type { NetworkContext, ProductActivity, ProductNewAccounts, ProductRatingStats, ReviewerHistory } from './domain/scoring.types.js';
import { SCORING_CONTEXT_PARAM_TYPES, SCORING_CONTEXT_SQL, type ScoringContextRow } from './scoring-context.sql.js';

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
  return {
    dailyCounts: counts, countLast24h: Number(row.activity.last24), countSinceFirst: Number(row.activity.total), firstReviewAt: first,
    listedAt: row.listed_at ?? null,
  };
}

export type FactsSubject = { id: string; productId: string; reviewerId: string; submittedAt: Date; ipHash: string | null; deviceHash: string | null };

export interface BandCandidate {
  review_id: string;
  reviewer_id: string;
  product_id: string;
  signature: Buffer;
  /** Bands shared with the looked-up item (what candidates are ranked by). */
  shared: number;
}

/** At most this many LSH candidates per item: the ones sharing the most bands, then the lowest ids. */
export const BAND_CANDIDATE_LIMIT = 50;

/** The LSH lookup proper ($1 the item's band keys, $2 the item, excluded); the bench times this statement. */
export const BAND_SHARES_SQL = `SELECT review_id, count(*) AS shared FROM review_lsh_bands WHERE band_key = ANY($1::text[]) AND review_id <> $2
                GROUP BY review_id ORDER BY count(*) DESC, review_id LIMIT ${BAND_CANDIDATE_LIMIT}`;

const BAND_CANDIDATES_SQL = `SELECT f.review_id, f.reviewer_id, f.product_id, f.signature, c.shared::int AS shared
         FROM (${BAND_SHARES_SQL}) c
         JOIN review_fingerprints f ON f.review_id = c.review_id`;

const FACTS_MANY_SQL = forEachRow(SCORING_CONTEXT_SQL, SCORING_CONTEXT_PARAM_TYPES);
const BAND_CANDIDATES_MANY_SQL = forEachRow(BAND_CANDIDATES_SQL, ['text', 'uuid']);

/** SCORING_CONTEXT_SQL's parameters, in order (their types are SCORING_CONTEXT_PARAM_TYPES). */
function factsParams(review: FactsSubject, exactHash: string, windowHours: number, minShared: number, fresh: RuleWindows): unknown[] {
  // Event time: history as of when the shopper wrote it (see SCORING_CONTEXT_SQL).
  const at = review.submittedAt;
  const hoursBefore = (hours: number): Date => new Date(at.getTime() - hours * 3_600_000);
  return [
    review.productId, review.id, at, review.reviewerId, exactHash, review.ipHash, review.deviceHash,
    hoursBefore(windowHours), hoursBefore((BASELINE_DAYS + 1) * 24), minShared,
    hoursBefore(fresh.product.windowHours), fresh.product.maxAgeDays, hoursBefore(fresh.ip.windowDays * 24), fresh.ip.maxAgeDays,
    hoursBefore(fresh.device.windowHours),
  ];
}

function toFacts(row: ScoringContextRow, at: Date, fresh: RuleWindows): ContextFacts {
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

/** Read-side SQL that loads what the signals need; every part is an index range scan. */
@Injectable()
export class ScoringContextRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One round trip for everything but LSH candidates (see SCORING_CONTEXT_SQL). */
  public async facts(review: FactsSubject, exactHash: string, windowHours: number, minShared: number, fresh: RuleWindows): Promise<ContextFacts> {
    const [row]: ScoringContextRow[] = await this.db.query(SCORING_CONTEXT_SQL, factsParams(review, exactHash, windowHours, minShared, fresh));
    return toFacts(row, review.submittedAt, fresh);
  }

  /** `facts` for a micro-batch of reviews in one round trip (and one plan); results in input order. */
  public async factsMany(items: { review: FactsSubject; exactHash: string }[], windowHours: number, minShared: number, fresh: RuleWindows): Promise<ContextFacts[]> {
    const rows = await this.queryEach<ScoringContextRow>(FACTS_MANY_SQL, SCORING_CONTEXT_PARAM_TYPES.length,
      items.map(({ review, exactHash }) => factsParams(review, exactHash, windowHours, minShared, fresh)));
    return rows.map((row, i) => toFacts(row, items[i].review.submittedAt, fresh));
  }

  /** The 50 items sharing the most bands (most likely the closest copies), with packed signatures to verify. */
  public async bandCandidates(bandKeys: string[], excludeId: string): Promise<BandCandidate[]> {
    return this.db.query(BAND_CANDIDATES_SQL, [bandKeys, excludeId]);
  }

  /** `bandCandidates` for a micro-batch in one round trip; one list per item, in input order. */
  public async bandCandidatesMany(items: { bandKeys: string[]; excludeId: string }[]): Promise<BandCandidate[][]> {
    // A text[] cannot be an element of the unnest() input, so each key list travels as an array literal (keys are `NN:hex`).
    return this.queryEachMany<BandCandidate>(BAND_CANDIDATES_MANY_SQL, 2, items.map((i) => [`{${i.bandKeys.join(',')}}`, i.excludeId]));
  }

  /** Rows of a `forEachRow` statement, exactly one per parameter set. */
  private async queryEach<T>(sql: string, arity: number, params: unknown[][]): Promise<T[]> {
    const grouped = await this.queryEachMany<T>(sql, arity, params);
    grouped.forEach((rows, i) => {
      if (rows.length !== 1) throw new Error(`expected one row for item ${i}, got ${rows.length}`);
    });
    return grouped.map(([row]) => row);
  }

  /** Rows of a `forEachRow` statement grouped by parameter set, in input order. */
  private async queryEachMany<T>(sql: string, arity: number, params: unknown[][]): Promise<T[][]> {
    const grouped: T[][] = params.map(() => []);
    if (params.length === 0) return grouped;
    const columns = Array.from({ length: arity }, (_, i) => params.map((p) => p[i]));
    // One round trip, planned once per connection (the facts statement is 14 sub-selects); connections run with
    // jit off (typeorm-options), which this statement needed: compiling it cost far more than running it.
    const rows = await queryPrepared<T & { ord: string }>(pgPoolOf(this.db), sql, columns);
    for (const { ord, ...row } of rows) grouped[Number(ord) - 1].push(row as unknown as T);
    return grouped;
  }
}
