import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnModuleInit } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { AppConfigService } from '../config/app-config.service.js';
import { JobName, QueueName, type ScoreReviewJob } from '../queue/queue.constants.js';
import { ScoringService, type ScoreOutcome } from './scoring.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thin: route by job name; bad payloads are permanent failures, everything else is retried with backoff. */
@Processor(QueueName.Score)
export class ScoringProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScoringProcessor.name);

  public constructor(private readonly scoring: ScoringService, private readonly config: AppConfigService) {
    super();
  }

  public onModuleInit(): void {
    this.worker.concurrency = this.config.queue.scoreConcurrency;
  }

  /** Graceful stop: finish in-flight jobs while the database pool is still open (it closes in a later hook). */
  public async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  public async process(job: Job<ScoreReviewJob>): Promise<ScoreOutcome> {
    switch (job.name) {
      case JobName.ScoreReview: {
        const { reviewId, revision } = job.data ?? {};
        if (typeof reviewId !== 'string' || !UUID.test(reviewId) || !Number.isInteger(revision)) {
          throw new UnrecoverableError(`malformed score job ${job.id}: ${JSON.stringify(job.data)}`);
        }
        const outcome = await this.scoring.scoreReview(reviewId, revision);
        if (outcome !== 'scored') this.logger.debug(`job ${job.id}: ${outcome}`);
        return outcome;
      }
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Score}`);
    }
  }
}
