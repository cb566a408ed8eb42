import { createHash } from 'node:crypto';

/** Deterministic ids (no ':'), so a relayed event enqueued twice is one job while the first exists. */
export const scoreReviewJobId = (reviewId: string, revision: number): string => `score-${reviewId}-r${revision}`;

/** Named by its content (order-independent), so a relay pass replayed after a crash adds the same chunk job again. */
export const scoreReviewsJobId = (reviews: readonly { reviewId: string; revision: number }[]): string =>
  `score-chunk-${createHash('sha256').update(reviews.map((r) => `${r.reviewId}/${r.revision}`).sort().join(',')).digest('hex').slice(0, 32)}`;

/** One bulk re-score per rule-set content: asking twice for the same rules joins the running job. */
export const rescoreAllJobId = (ruleSetHash: string): string => `rescore-${ruleSetHash.slice(0, 16)}`;

/** Per (webhook, event); a replay gets its own id so it is not swallowed by the retained failed job. */
export const webhookDeliveryJobId = (webhookId: string, eventId: string, replay = 0): string =>
  replay === 0 ? `webhook-${webhookId}-${eventId}` : `webhook-${webhookId}-${eventId}-replay${replay}`;

/** One rollup per forced range (or "incremental") at a time: a second trigger while one waits joins it. */
export const reputationRollupJobId = (from?: string, to?: string): string =>
  from && to ? `reputation-rollup-${from}-${to}` : 'reputation-rollup-incremental';

/** The repeatable schedule's id (BullMQ job scheduler), also deterministic. */
/** One per accepted merchant refresh (the rate limit admits one per interval, so the claim time is unique). */
export const merchantRollupJobId = (merchantId: string, claimedAt: Date): string => `reputation-rollup-merchant-${merchantId}-${claimedAt.getTime()}`;

export const REPUTATION_ROLLUP_SCHEDULER_ID = 'reputation-rollup-schedule';
