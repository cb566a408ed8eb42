import type { JobsOptions } from 'bullmq';

export enum QueueName {
  Score = 'score',
}

export enum JobName {
  ScoreReview = 'score-review',
}

export interface ScoreReviewJob {
  reviewId: string;
  revision: number;
}

export interface JobPayloads {
  [JobName.ScoreReview]: ScoreReviewJob;
}

/** Failed jobs are kept (removeOnFail: false): the failed set is the dead-letter queue. */
export const SCORE_REVIEW_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: 1000,
  removeOnFail: false,
};
