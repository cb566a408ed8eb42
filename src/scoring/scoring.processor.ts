import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnModuleInit } from '@nestjs/common';
import { Job, type Queue, UnrecoverableError, type WorkerOptions } from 'bullmq';
import { AppConfigService } from '../config/app-config.service.js';
import { scoreReviewJobId } from '../queue/job-ids.js';
import { JobName, QueueName, SCORE_REVIEW_JOB_OPTIONS, type RescoreAllJob, type ScoreReviewJob, type ScoreReviewsJob } from '../queue/queue.constants.js';
import { RescoreService, type RescoreProgress } from './rescore.service.js';
import { ScoringEngine } from './scoring-engine.js';
import { ScoreJobBatcher } from './score-job-batcher.js';
import type { ScoreOutcome } from './scoring.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isScoreReviewJob = (data: unknown): data is ScoreReviewJob => {
  const { reviewId, revision } = (data ?? {}) as Partial<ScoreReviewJob>;
  return typeof reviewId === 'string' && UUID.test(reviewId) && Number.isInteger(revision);
};

/**
 * Lock and stalled-check timings of the score worker (SCORE_LOCK_MS, SCORE_STALLED_INTERVAL_MS). The decorator
 * keeps a reference to this object and @nestjs/bullmq spreads it into `new Worker()` only in its onModuleInit,
 * after every constructor ran, so the constructor fills it from config (decorator arguments cannot see config).
 */
const SCORE_WORKER_OPTIONS: Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'> = {};

/** Thin: route by job name; bad payloads are permanent failures, everything else is retried with backoff. */
@Processor(QueueName.Score, SCORE_WORKER_OPTIONS)
export class ScoringProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScoringProcessor.name);

  public constructor(
    private readonly scoring: ScoreJobBatcher,
    private readonly rescore: RescoreService,
    private readonly engine: ScoringEngine,
    private readonly config: AppConfigService,
    @InjectQueue(QueueName.Score) private readonly queue: Queue,
  ) {
    super();
    Object.assign(SCORE_WORKER_OPTIONS, { lockDuration: config.scoreWorker.lockMs, stalledInterval: config.scoreWorker.stalledIntervalMs });
  }

  /**
   * SCORE_CONCURRENCY counts reviews: the relay and the sweeper add chunks of SCORE_BATCH_SIZE reviews, so the
   * worker takes SCORE_CONCURRENCY / SCORE_BATCH_SIZE chunk jobs at once (128 chunks held ~8,000 reviews, each
   * waiting in the batcher under a lock a killed worker keeps until it expires).
   */
  public onModuleInit(): void {
    const { scoreConcurrency, scoreBatchSize } = this.config.queue;
    this.worker.concurrency = Math.max(1, Math.ceil(scoreConcurrency / scoreBatchSize));
    if (this.worker.opts.lockDuration !== this.config.scoreWorker.lockMs) throw new Error('the score worker was built before its lock options were set');
  }

  /** Graceful stop: finish in-flight jobs while the database pool is still open (it closes in a later hook). */
  public async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  private async rescoreAll(job: Job<RescoreAllJob>): Promise<RescoreProgress> {
    // The activation that queued this job may reach this worker's listener a moment after the job does.
    const loaded = this.engine.rules.hash === job.data?.ruleSetHash ? this.engine.rules.hash : (await this.engine.refreshRules()).hash;
    if (job.data?.ruleSetHash !== loaded) {
      // Permanent for this worker: re-scoring under rules it does not run would mislabel every record.
      throw new UnrecoverableError(`job asks for rules ${String(job.data?.ruleSetHash).slice(0, 12)}, this worker runs ${loaded.slice(0, 12)}`);
    }
    const resume = typeof job.progress === 'object' ? (job.progress as Partial<RescoreProgress>) : undefined;
    return this.rescore.runAll(resume, (progress) => job.updateProgress({ ...progress }));
  }

  /**
   * A chunk scores its reviews through the batcher (one micro-batch). A review that fails goes on as its own
   * ScoreReview job, with the retries, backoff and dead-lettering a lone job has; the chunk then completes, so its
   * scored siblings are not run again. Only if those adds fail does the chunk fail (and retry, idempotently).
   */
  private async scoreChunk(job: Job<ScoreReviewsJob>): Promise<{ scored: number; handedOn: number }> {
    const reviews = job.data?.reviews;
    if (!Array.isArray(reviews) || reviews.length === 0 || !reviews.every(isScoreReviewJob)) {
      throw new UnrecoverableError(`malformed score chunk ${job.id}: ${JSON.stringify(job.data).slice(0, 200)}`);
    }
    const settled = await Promise.allSettled(this.scoring.scoreAll(reviews));
    const failed = reviews.filter((_, i) => settled[i].status === 'rejected');
    for (const [i, result] of settled.entries()) {
      if (result.status === 'rejected') this.logger.warn(`job ${job.id}: review ${reviews[i].reviewId} failed (${(result.reason as Error).message}); retried as its own job`);
    }
    await Promise.all(failed.map(({ reviewId, revision }) =>
      this.queue.add(JobName.ScoreReview, { reviewId, revision }, { ...SCORE_REVIEW_JOB_OPTIONS, jobId: scoreReviewJobId(reviewId, revision) })));
    return { scored: reviews.length - failed.length, handedOn: failed.length };
  }

  public async process(job: Job<ScoreReviewJob>): Promise<ScoreOutcome | RescoreProgress | { scored: number; handedOn: number }> {
    switch (job.name) {
      case JobName.ScoreReview: {
        if (!isScoreReviewJob(job.data)) throw new UnrecoverableError(`malformed score job ${job.id}: ${JSON.stringify(job.data)}`);
        const outcome = await this.scoring.score(job.data.reviewId, job.data.revision);
        if (outcome !== 'scored') this.logger.debug(`job ${job.id}: ${outcome}`);
        return outcome;
      }
      case JobName.ScoreReviews:
        return this.scoreChunk(job as unknown as Job<ScoreReviewsJob>);
      case JobName.RescoreAll:
        return this.rescoreAll(job as unknown as Job<RescoreAllJob>);
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Score}`);
    }
  }
}
