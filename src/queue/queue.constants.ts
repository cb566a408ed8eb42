import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Score = 'score',
  Webhook = 'webhook',
  Reputation = 'reputation',
}

export enum JobName {
  ScoreReview = 'score-review',
  /** A chunk of new or edited reviews from one relay pass: one queue job (and its rows) for up to SCORE_BATCH_SIZE reviews. */
  ScoreReviews = 'score-reviews',
  RescoreAll = 'rescore-all',
  DeliverWebhook = 'deliver-webhook',
  RollupReputation = 'rollup-reputation',
}

export interface ScoreReviewJob {
  reviewId: string;
  revision: number;
}

/** A chunk's failures go on as ScoreReview jobs of their own, so each review still retries and dead-letters alone. */
export interface ScoreReviewsJob {
  reviews: ScoreReviewJob[];
}

/** Re-score every automatically decided item under the rule set with this content hash. */
export interface RescoreAllJob {
  ruleSetHash: string;
  requestedBy: string;
}

/** One attempt series of one (webhook, event) delivery; the row in webhook_deliveries is the log. */
export interface DeliverWebhookJob {
  deliveryId: string;
  /** Lets the worker's per-webhook gate turn a delivery away without a query; absent on jobs enqueued before it. */
  webhookId?: string;
}

/** Recompute the reputation rollups for days touched since the watermark, plus an optional forced day range. */
export interface RollupReputationJob {
  /** Forced range (inclusive, YYYY-MM-DD), e.g. after a backfill; omitted = incremental only. */
  from?: string;
  to?: string;
  /** A merchant's own refresh: only that merchant's rows, the platform watermark untouched. */
  merchantId?: string;
}

export interface JobPayloads {
  [JobName.ScoreReview]: ScoreReviewJob;
  [JobName.ScoreReviews]: ScoreReviewsJob;
  [JobName.RescoreAll]: RescoreAllJob;
  [JobName.DeliverWebhook]: DeliverWebhookJob;
  [JobName.RollupReputation]: RollupReputationJob;
}

/**
 * Failed jobs are kept (removeOnFail: false): the failed set is the dead-letter queue. Completed jobs
 * are kept for an hour, not "the last 1000": count-based retention makes every completion rank the
 * whole completed set, and on the PostgreSQL backend concurrent completions then queue on each other's
 * row locks deleting the same oldest jobs (two thirds of its time at 128 jobs in flight).
 */
export const SCORE_REVIEW_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 3_600 },
  removeOnFail: false,
};

/** A long bulk job: retries resume from the progress it recorded (keyset cursor). */
export const RESCORE_ALL_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: 100,
  removeOnFail: false,
};

/** Backoff delay and attempts are overridden from config (WEBHOOK_BACKOFF_MS, WEBHOOK_ATTEMPTS) at enqueue time. */
export const DELIVER_WEBHOOK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: 1000,
  removeOnFail: false,
};

/** Completed runs are dropped so the same deterministic id can run again; the state row keeps the history. */
export const ROLLUP_REPUTATION_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: true,
  removeOnFail: 100,
};
