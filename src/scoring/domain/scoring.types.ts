/**
 * Inputs and outputs of the pure scoring engine (`scoreItem`).
 *
 * The caller (the scoring service, or the simulation's in-memory builder)
 * loads everything below from the database BEFORE calling the engine; the
 * engine itself does no I/O and takes time as `now`.
 */
import type { DetectedLanguage, SentimentLabel, SentimentResult, TextClassifierResult } from './text-models.types.js';
import type { PercentileTable } from './combine/percentile-table.js';
import type { AspectSentiment } from './aspects/aspect-sentiment.js';

export type ItemKind = 'review' | 'question' | 'answer' | 'comment' | 'photo_caption';

/** How the platform verified that the author bought the product (EU Omnibus disclosure). */
export type Verification = 'order_match' | 'invitation' | 'none';

export type IncentiveType = 'free_product' | 'discount' | 'cashback' | 'gift' | 'sweepstakes' | 'other';

/** 'live' for normal intake; 'import' for history sent through bulk import mode. */
export type IntakeMode = 'live' | 'import';

/** One piece of user-generated content as ingested. */
export interface ScorableItem {
  id: string;
  kind: ItemKind;
  /** 1..5 stars; null for kinds without a rating (questions, comments). */
  rating: number | null;
  title: string;
  body: string;
  /** Language claimed by the channel (BCP-47), if any. */
  language?: string;
  channel: string;
  productId: string;
  merchantId: string;
  reviewerId: string;
  verification: Verification;
  /** True when the channel/platform labelled the item as incentivised (disclosed). */
  incentivized: boolean;
  incentiveType: IncentiveType | null;
  /**
   * When the shopper wrote it (the channel's `submittedAt`; intake stores receivedAt when absent).
   * Every time signal runs on this, against history as of this instant.
   */
  submittedAt: Date;
  /** When Candor received it: the SLA clock and the `backdated` signal only. */
  receivedAt: Date;
  /** 'import': sent as history through bulk import mode (never backdated, marked historical). */
  intakeMode?: IntakeMode;
  /** Salted hash of the client IP; never the raw address. */
  ipHash?: string;
  /** Salted hash of the device fingerprint. */
  deviceHash?: string;
  mediaCount: number;
}

/**
 * Rating statistics of the product EXCLUDING the item being scored
 * (leave-one-out), so an item cannot pull the mean towards itself.
 * Mean = sum / count; variance = sumSq / count - mean².
 */
export interface ProductRatingStats {
  count: number;
  sum: number;
  sumSq: number;
}

/**
 * Writing-rate history of the product as of the item's `submittedAt` (event time: reviews written
 * later, even if received earlier, never count), all counts EXCLUDING this item.
 */
export interface ProductActivity {
  /**
   * Reviews per calendar day (UTC) for the baseline window that ends where
   * the last 24h begin, oldest first (e.g. 28 entries). Days before the
   * product's first review are omitted, so an empty array means "no baseline".
   */
  dailyCounts: number[];
  /** Reviews of the product written in the 24h before the item's `submittedAt`. */
  countLast24h: number;
  /** Number of earlier reviews of this product (the item's rank is this + 1). */
  countSinceFirst: number;
  /** When the product's first review was written; null when this item is the first. */
  firstReviewAt: Date | null;
  /** When the product was listed in Candor (catalog creation); null when unknown. */
  listedAt?: Date | null;
}

/**
 * Who reviewed the product in the `windowHours` before the item (this item
 * excluded, only what is stored by then): paid bursts are written mostly by
 * fresh accounts, organic rushes (a promotion, a viral day) by the usual mix.
 */
export interface ProductNewAccounts {
  windowHours: number;
  /** An account counts as new while it is at most this many days old (at its review). */
  maxAgeDays: number;
  /** Reviews whose author's account creation time is known (the others can be neither new nor old). */
  reviews: number;
  /** Of `reviews`, those whose author's account was new when written. */
  fromNewAccounts: number;
}

/** What the platform knows about the author, EXCLUDING this item. */
export interface ReviewerHistory {
  /** Earlier items by this reviewer (all products). */
  reviewCount: number;
  /** Earlier ratings by star: index 0 = 1★ … index 4 = 5★. */
  ratingHistogram: [number, number, number, number, number];
  /** Most items this reviewer posted on one UTC day, counting this item's day including this item. */
  maxPerDay: number;
  /** Earlier items by this reviewer written in the 24h before the item's `submittedAt`. */
  reviewsLast24h: number;
  /** First item ever seen from this reviewer; null when this item is the first. */
  firstSeenAt: Date | null;
  /** Account creation time when the channel provides it. */
  accountCreatedAt?: Date | null;
  /** `exactHash` (see duplication/exact-hash.ts) of the reviewer's earlier bodies, per product. */
  previousBodyHashes: { productId: string; hash: string }[];
}

/** Another stored item whose normalised body hash equals this item's. */
export interface ExactDuplicateMatch {
  itemId: string;
  sameAuthor: boolean;
  sameProduct: boolean;
}

/** Another stored item found through the LSH band index and verified by MinHash. */
export interface NearDuplicateMatch {
  itemId: string;
  /** Estimated Jaccard similarity of shingle sets (0..1), from `estimateJaccard`. */
  similarity: number;
  sameAuthor: boolean;
  sameProduct: boolean;
}

/** Shared-infrastructure and co-reviewing facts, computed over `windowHours`. */
export interface NetworkContext {
  windowHours: number;
  /** Distinct reviewers (including this one) seen with this ipHash in the window; 1 when unknown. */
  reviewersSharingIp: number;
  /** Distinct reviewers (including this one) seen with this deviceHash in `deviceWindowHours`; 1 when unknown. */
  reviewersSharingDevice: number;
  /**
   * The device look-back (device_cluster's `windowDays`; `windowHours` when absent). Longer than
   * `windowHours`: a device farm works its phones order after order, while a family's shared phone
   * still shows two or three accounts after a month.
   */
  deviceWindowHours?: number;
  /**
   * Number of OTHER reviewers who reviewed at least `minSharedProducts` of the
   * same products as this reviewer (this item's product included) in the window.
   */
  coReviewGroupSize: number;
  /**
   * OTHER reviewers whose account was at most `maxAgeDays` old when they posted
   * from this ipHash within `windowDays` before this item; 0 when the IP is unknown.
   * Longer than `windowHours`: sockpuppet operators spread accounts over weeks.
   */
  newAccountsOnIp: { windowDays: number; maxAgeDays: number; others: number };
}

/**
 * Everything the signals need, loaded by the caller. Fields are plain data
 * so the DB loader and the in-memory simulation build the same shape.
 */
export interface ScoringContext {
  product: { ratings: ProductRatingStats; activity: ProductActivity; newAccounts: ProductNewAccounts };
  reviewer: ReviewerHistory;
  /** Items with the same `exactHash(item.body)`, excluding the item itself. */
  exactDuplicates: ExactDuplicateMatch[];
  /** `exactHash(item.body)`, the key `exactDuplicates` were looked up by (the loader has it); computed when absent. */
  bodyHash?: string;
  /** LSH candidates verified with similarity ≥ rules.duplication.nearMinSimilarity. */
  nearDuplicates: NearDuplicateMatch[];
  network: NetworkContext;
  /**
   * Empirical distribution per signal id (e.g. `rating_deviation`), built
   * from recent raw signal values with `updatePercentileTable`. Missing
   * tables (or tables with too few samples) fall back to the rule-defined
   * fixed thresholds.
   */
  featurePercentiles: Record<string, PercentileTable>;
}

/** Text analysis injected by the caller (the text models or a fake). */
export interface TextAnalyzer {
  sentiment(text: string): SentimentResult;
  classify(text: string): TextClassifierResult;
  /** Both at once (tokenising once), with the same results as the two calls; optional. */
  analyze?(text: string): { sentiment: SentimentResult; classifier: TextClassifierResult };
}

export type Verdict = 'publish' | 'hold' | 'withhold';

/** Closed list of reason codes (DSA statement of reasons). */
export const REASON_CODES = [
  'spam',
  'fake_or_not_genuine',
  'incentivised_undisclosed',
  'conflict_of_interest',
  'off_topic',
  'personal_data',
  'abuse_harassment',
  'illegal_content',
  'duplicate',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface SignalOutcome {
  id: string;
  /** Raw feature value (units depend on the signal; see its reason). */
  value: number;
  /** Rule weight used for this signal. */
  weight: number;
  /** Signed effect on the score: >0 raises, <0 lowers; priority-only signals are reported but excluded from fakeScore. */
  contribution: number;
  /** Human-readable explanation for moderators. */
  reason: string;
}

export interface ScoreResult {
  /** 0..1 probability-like fake score from verdict-eligible signals only. */
  fakeScore: number;
  sentiment: { label: SentimentLabel; score: number; confidence: number };
  language: DetectedLanguage;
  /** Aspects the text names (the reputation rollups count these). */
  aspects: string[];
  /** Aspect sentiment: polarity and the clause that carries it (offsets into title + "\n" + body). */
  aspectDetails: AspectSentiment[];
  signals: SignalOutcome[];
  verdict: Verdict;
  /** 0..100 queue priority; higher is reviewed first. */
  priority: number;
  reasonCodes: ReasonCode[];
  ruleSetVersion: string;
}
