import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError, type WorkerOptions } from 'bullmq';
import { AppConfigService } from '../config/app-config.service.js';
import { JobName, QueueName, type RescoreAllJob, type ScoreReviewJob } from '../queue/queue.constants.js';
import { RescoreService, type RescoreProgress } from './rescore.service.js';
import { ScoringEngine } from './scoring-engine.js';
import { ScoreJobBatcher } from './score-job-batcher.js';
import type { ScoreOutcome } from './scoring.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  ) {
    super();
    Object.assign(SCORE_WORKER_OPTIONS, { lockDuration: config.scoreWorker.lockMs, stalledInterval: config.scoreWorker.stalledIntervalMs });
  }

  public onModuleInit(): void {
    this.worker.concurrency = this.config.queue.scoreConcurrency;
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

  public async process(job: Job<ScoreReviewJob>): Promise<ScoreOutcome | RescoreProgress> {
    switch (job.name) {
      case JobName.ScoreReview: {
        const { reviewId, revision } = job.data ?? {};
        if (typeof reviewId !== 'string' || !UUID.test(reviewId) || !Number.isInteger(revision)) {
          throw new UnrecoverableError(`malformed score job ${job.id}: ${JSON.stringify(job.data)}`);
        }
        const outcome = await this.scoring.score(reviewId, revision);
        if (outcome !== 'scored') this.logger.debug(`job ${job.id}: ${outcome}`);
        return outcome;
      }
      case JobName.RescoreAll:
        return this.rescoreAll(job as unknown as Job<RescoreAllJob>);
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Score}`);
    }
  }
}
