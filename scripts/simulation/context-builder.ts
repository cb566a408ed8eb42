/**
 * In-memory stand-in for the database loader: builds the exact
 * `ScoringContext` the scoring service will load, from the items seen so far,
 * and maintains the per-signal percentile tables as the stream goes. Items
 * must be fed in time order: `build` (before scoring) then `record` (after).
 */
import { BASELINE_DAYS, CO_REVIEW_MIN_SHARED_PRODUCTS, NETWORK_WINDOW_HOURS, PERCENTILE_FLUSH_EVERY, ruleWindows, type RuleWindows } from '../../src/scoring/domain/context-windows.js';
import { emptyPercentileTable, updatePercentileTable, type PercentileTable } from '../../src/scoring/domain/combine/percentile-table.js';
import { exactHash } from '../../src/scoring/domain/duplication/exact-hash.js';
import { estimateJaccard, lshBandKeys, minhashSignature } from '../../src/scoring/domain/duplication/minhash.js';
import { normalizeText, textUnits } from '../../src/scoring/domain/duplication/normalize-text.js';
import type { RuleSet } from '../../src/scoring/domain/rules/rule-set.types.js';
import type { ExactDuplicateMatch, NearDuplicateMatch, ScorableItem, ScoreResult, ScoringContext } from '../../src/scoring/domain/scoring.types.js';
import { DAY_MS } from './simulation.types.js';
import { Window, countFrom, countSince, isNew, pushTo, windowFor } from './time-index.js';

const HOUR_MS = 3_600_000;

export interface ContextBuilderOptions {
  networkWindowHours: number;
  minSharedProducts: number;
  baselineDays: number;
  /** Newest matches returned per lookup, like a SQL LIMIT. */
  maxMatches: number;
  /** Percentile tables are refreshed after this many items (the DB job runs in batches too). */
  flushEvery: number;
}

export const DEFAULT_BUILDER_OPTIONS: ContextBuilderOptions = {
  networkWindowHours: NETWORK_WINDOW_HOURS,
  minSharedProducts: CO_REVIEW_MIN_SHARED_PRODUCTS,
  baselineDays: BASELINE_DAYS,
  maxMatches: 50,
  flushEvery: PERCENTILE_FLUSH_EVERY,
};

interface ProductState {
  count: number;
  sum: number;
  sumSq: number;
  days: Map<number, number>;
  times: number[];
  /** Times of reviews whose author's creation time is known, and of those by new accounts. */
  knownTimes: number[];
  freshTimes: number[];
  firstAt: number;
  reviewers: Window;
}

interface ReviewerState {
  count: number;
  histogram: [number, number, number, number, number];
  days: Map<number, number>;
  maxPerDay: number;
  times: number[];
  firstAt: number;
  hashes: { productId: string; hash: string }[];
  products: Map<string, number>;
}

interface Stored {
  reviewerId: string;
  productId: string;
}

/** Per-item work done in `build` and reused in `record`. */
export interface PreparedItem {
  item: ScorableItem;
  /** What the account store says (the loader joins reviewers). */
  accountCreatedAt: Date | null;
  hash: string;
  signature: Uint32Array | null;
  bandKeys: string[];
}

export class InMemoryContextBuilder {
  private readonly products = new Map<string, ProductState>();
  private readonly reviewers = new Map<string, ReviewerState>();
  private readonly exact = new Map<string, (Stored & { itemId: string })[]>();
  private readonly bands = new Map<string, string[]>();
  private readonly signatures = new Map<string, Stored & { signature: Uint32Array }>();
  private readonly ips = new Map<string, Window>();
  private readonly devices = new Map<string, Window>();
  /** Per IP, the items new accounts posted from it, in time order. */
  private readonly freshByIp = new Map<string, { reviewerId: string; at: number }[]>();
  private readonly fresh: RuleWindows;
  private readonly tables: Record<string, PercentileTable> = {};
  private readonly pending = new Map<string, number[]>();
  private sinceFlush = 0;

  public constructor(
    private readonly rules: RuleSet,
    private readonly options: ContextBuilderOptions = DEFAULT_BUILDER_OPTIONS,
  ) {
    this.fresh = ruleWindows(rules);
  }

  public prepare(item: ScorableItem, accountCreatedAt: Date | null): PreparedItem {
    const minUnits = this.rules.signals.near_duplicate.params.minUnits ?? 12;
    const long = textUnits(normalizeText(item.body)).length >= minUnits;
    const signature = long ? minhashSignature(item.body) : null;
    return { item, accountCreatedAt, hash: exactHash(item.body), signature, bandKeys: signature ? lshBandKeys(signature) : [] };
  }

  public build(prepared: PreparedItem): ScoringContext {
    const { item, accountCreatedAt } = prepared;
    const t = item.submittedAt.getTime();
    return {
      product: this.productContext(item.productId, t),
      reviewer: this.reviewerContext(item.reviewerId, t, accountCreatedAt),
      exactDuplicates: this.exactMatches(prepared),
      bodyHash: prepared.hash,
      nearDuplicates: this.nearMatches(prepared),
      network: {
        windowHours: this.options.networkWindowHours,
        reviewersSharingIp: this.sharing(this.ips, item.ipHash, item.reviewerId, t),
        deviceWindowHours: this.fresh.device.windowHours,
        reviewersSharingDevice: this.sharing(this.devices, item.deviceHash, item.reviewerId, t, this.fresh.device.windowHours),
        coReviewGroupSize: this.coReviewGroup(item, t),
        newAccountsOnIp: { ...this.fresh.ip, others: this.newAccountsOnIp(item, t) },
      },
      featurePercentiles: this.tables,
    };
  }

  private productContext(productId: string, t: number): ScoringContext['product'] {
    const p = this.products.get(productId);
    if (!p) {
      return {
        ratings: { count: 0, sum: 0, sumSq: 0 },
        activity: { dailyCounts: [], countLast24h: 0, countSinceFirst: 0, firstReviewAt: null },
        newAccounts: { ...this.fresh.product, reviews: 0, fromNewAccounts: 0 },
      };
    }
    const since = t - this.fresh.product.windowHours * HOUR_MS;
    const refDay = Math.floor((t - DAY_MS) / DAY_MS);
    const firstDay = Math.floor(p.firstAt / DAY_MS);
    const dailyCounts: number[] = [];
    for (let d = Math.max(firstDay, refDay - this.options.baselineDays); d < refDay; d++) dailyCounts.push(p.days.get(d) ?? 0);
    return {
      ratings: { count: p.count, sum: p.sum, sumSq: p.sumSq },
      activity: { dailyCounts, countLast24h: countSince(p.times, t - DAY_MS), countSinceFirst: p.times.length, firstReviewAt: new Date(p.firstAt) },
      newAccounts: { ...this.fresh.product, reviews: countFrom(p.knownTimes, since), fromNewAccounts: countFrom(p.freshTimes, since) },
    };
  }

  private reviewerContext(reviewerId: string, t: number, accountCreatedAt: Date | null): ScoringContext['reviewer'] {
    const r = this.reviewers.get(reviewerId);
    if (!r) {
      return { reviewCount: 0, ratingHistogram: [0, 0, 0, 0, 0], maxPerDay: 1, reviewsLast24h: 0, firstSeenAt: null, accountCreatedAt, previousBodyHashes: [] };
    }
    const today = (r.days.get(Math.floor(t / DAY_MS)) ?? 0) + 1;
    return {
      reviewCount: r.count,
      ratingHistogram: [...r.histogram],
      maxPerDay: Math.max(r.maxPerDay, today),
      reviewsLast24h: countSince(r.times, t - DAY_MS),
      firstSeenAt: new Date(r.firstAt),
      accountCreatedAt,
      previousBodyHashes: r.hashes,
    };
  }

  private exactMatches(prepared: PreparedItem): ExactDuplicateMatch[] {
    const list = this.exact.get(prepared.hash) ?? [];
    return list.slice(-this.options.maxMatches).map((m) => ({
      itemId: m.itemId,
      sameAuthor: m.reviewerId === prepared.item.reviewerId,
      sameProduct: m.productId === prepared.item.productId,
    }));
  }

  private nearMatches(prepared: PreparedItem): NearDuplicateMatch[] {
    if (prepared.signature === null) return [];
    const minSimilarity = this.rules.signals.near_duplicate.params.minSimilarity ?? 0.5;
    const candidates = new Set<string>();
    for (const key of prepared.bandKeys) {
      for (const id of (this.bands.get(key) ?? []).slice(-200)) candidates.add(id);
    }
    const matches: NearDuplicateMatch[] = [];
    for (const id of candidates) {
      const stored = this.signatures.get(id);
      if (!stored) continue;
      const similarity = estimateJaccard(prepared.signature, stored.signature);
      if (similarity < minSimilarity) continue;
      matches.push({ itemId: id, similarity, sameAuthor: stored.reviewerId === prepared.item.reviewerId, sameProduct: stored.productId === prepared.item.productId });
    }
    return matches.sort((a, b) => b.similarity - a.similarity).slice(0, this.options.maxMatches);
  }

  private sharing(index: Map<string, Window>, key: string | undefined, reviewerId: string, t: number, hours = this.options.networkWindowHours): number {
    if (key === undefined) return 1;
    const seen = index.get(key)?.reviewersSince(t - hours * HOUR_MS) ?? new Set<string>();
    seen.add(reviewerId);
    return seen.size;
  }

  /** Other reviewers who posted from this IP as new accounts since the window start (the loader's ip_new_accounts). */
  private newAccountsOnIp(item: ScorableItem, t: number): number {
    const list = item.ipHash === undefined ? undefined : this.freshByIp.get(item.ipHash);
    if (!list) return 0;
    const since = t - this.fresh.ip.windowDays * DAY_MS;
    const others = new Set<string>();
    for (let i = list.length - 1; i >= 0 && list[i].at >= since; i--) if (list[i].reviewerId !== item.reviewerId) others.add(list[i].reviewerId);
    return others.size;
  }

  private coReviewGroup(item: ScorableItem, t: number): number {
    const r = this.reviewers.get(item.reviewerId);
    if (!r) return 0;
    const since = t - this.options.networkWindowHours * HOUR_MS;
    const mine = [...r.products].filter(([, at]) => at > since).map(([productId]) => productId);
    if (!mine.includes(item.productId)) mine.push(item.productId);
    if (mine.length < this.options.minSharedProducts) return 0;
    const shared = new Map<string, number>();
    for (const productId of mine) {
      for (const other of this.products.get(productId)?.reviewers.reviewersSince(since) ?? []) {
        if (other !== item.reviewerId) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    let group = 0;
    for (const n of shared.values()) if (n >= this.options.minSharedProducts) group++;
    return group;
  }

  public record(prepared: PreparedItem, result: ScoreResult): void {
    const { item } = prepared;
    const t = item.submittedAt.getTime();
    this.recordProduct(prepared, t);
    this.recordReviewer(item, t, prepared.hash);
    const stored = { reviewerId: item.reviewerId, productId: item.productId };
    pushTo(this.exact, prepared.hash, { ...stored, itemId: item.id });
    if (prepared.signature !== null) {
      this.signatures.set(item.id, { ...stored, signature: prepared.signature });
      for (const key of prepared.bandKeys) pushTo(this.bands, key, item.id);
    }
    if (item.ipHash) windowFor(this.ips, item.ipHash).push(item.reviewerId, t);
    if (item.deviceHash) windowFor(this.devices, item.deviceHash).push(item.reviewerId, t);
    if (item.ipHash && isNew(prepared.accountCreatedAt, t, this.fresh.ip.maxAgeDays)) pushTo(this.freshByIp, item.ipHash, { reviewerId: item.reviewerId, at: t });
    for (const signal of result.signals) pushTo(this.pending, signal.id, signal.value);
    if (++this.sinceFlush >= this.options.flushEvery) this.flush();
  }

  private recordProduct({ item, accountCreatedAt }: PreparedItem, t: number): void {
    const p: ProductState = this.products.get(item.productId)
      ?? { count: 0, sum: 0, sumSq: 0, days: new Map(), times: [], knownTimes: [], freshTimes: [], firstAt: t, reviewers: new Window() };
    if (accountCreatedAt !== null) p.knownTimes.push(t);
    if (isNew(accountCreatedAt, t, this.fresh.product.maxAgeDays)) p.freshTimes.push(t);
    if (item.rating !== null) {
      p.count++;
      p.sum += item.rating;
      p.sumSq += item.rating * item.rating;
    }
    const day = Math.floor(t / DAY_MS);
    p.days.set(day, (p.days.get(day) ?? 0) + 1);
    p.times.push(t);
    p.reviewers.push(item.reviewerId, t);
    this.products.set(item.productId, p);
  }

  private recordReviewer(item: ScorableItem, t: number, hash: string): void {
    const r: ReviewerState = this.reviewers.get(item.reviewerId) ?? { count: 0, histogram: [0, 0, 0, 0, 0], days: new Map(), maxPerDay: 0, times: [], firstAt: t, hashes: [], products: new Map() };
    r.count++;
    if (item.rating !== null) r.histogram[item.rating - 1]++;
    const day = Math.floor(t / DAY_MS);
    const today = (r.days.get(day) ?? 0) + 1;
    r.days.set(day, today);
    r.maxPerDay = Math.max(r.maxPerDay, today);
    r.times.push(t);
    r.hashes.push({ productId: item.productId, hash });
    r.products.set(item.productId, t);
    this.reviewers.set(item.reviewerId, r);
  }

  private flush(): void {
    for (const [id, values] of this.pending) this.tables[id] = updatePercentileTable(this.tables[id] ?? emptyPercentileTable(), values);
    this.pending.clear();
    this.sinceFlush = 0;
  }
}
