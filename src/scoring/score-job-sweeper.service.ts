import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { scoreReviewsJobId } from '../queue/job-ids.js';
import { JobName, QueueName, SCORE_REVIEW_JOB_OPTIONS, type ScoreReviewJob, type ScoreReviewsJob } from '../queue/queue.constants.js';

const BATCH = 1_000;

/**
 * The outbox relay hands each review to the queue exactly once; if the queue then loses the job
 * (Redis restarted without persistence, a flushed queue), the review would wait in received/scoring
 * forever. This sweep re-adds score jobs for reviews unchanged for longer than the grace period.
 * A review some score job still holds (waiting, active, delayed, or failed = dead-lettered, which stays for a
 * human; a chunk job holds each of its reviews) is left alone, and the score handler is idempotent.
 */
@Injectable()
export class ScoreJobSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ScoreJobSweeper.name);
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;

  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectQueue(QueueName.Score) private readonly scoreQueue: Queue,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public onApplicationBootstrap(): void {
    const every = this.config.scoreWorker.sweepEveryMs;
    if (every === 0) return;
    this.timer = setInterval(() => {
      this.pass ??= this.sweepOnce()
        .then((n) => void (n > 0 && this.logger.warn(`re-enqueued score jobs for ${n} waiting reviews`)))
        .catch((error: Error) => this.logger.warn(`score job sweep failed, retrying next time: ${error.message}`))
        .finally(() => (this.pass = undefined));
    }, every);
    this.timer.unref();
  }

  public async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  /**
   * One pass; returns how many reviews no score job held and were added again. They go back in chunks of
   * SCORE_BATCH_SIZE, like the relay's: the worker's concurrency counts chunks (SCORE_CONCURRENCY / SCORE_BATCH_SIZE),
   * so lone jobs would be scored a couple at a time. A chunk is named by its content, as the relay's are.
   */
  public async sweepOnce(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.scoreWorker.sweepGraceMs);
    const rows: { id: string; revision: number }[] = await this.db.query(
      `SELECT id, revision FROM reviews WHERE status IN ('received', 'scoring') AND updated_at < $1 ORDER BY updated_at LIMIT ${BATCH}`, [before]);
    if (rows.length === 0) return 0;
    const queued = await this.queuedReviews();
    const lost = rows.filter(({ id, revision }) => !queued.has(`${id}/${revision}`)).map(({ id, revision }) => ({ reviewId: id, revision }));
    const size = this.config.queue.scoreBatchSize;
    for (let start = 0; start < lost.length; start += size) {
      const reviews = lost.slice(start, start + size);
      await this.scoreQueue.add(JobName.ScoreReviews, { reviews }, { ...SCORE_REVIEW_JOB_OPTIONS, jobId: scoreReviewsJobId(reviews) });
    }
    return lost.length;
  }

  /**
   * Every review (id/revision) a score job in the queue still holds, chunk or single, failed (dead-lettered) ones
   * included. A review waits in a chunk job under the chunk's id, so looking up its own job id is not enough: a
   * backlog older than the grace period would be scored twice. One listing per pass: a chunk holds 64 reviews.
   */
  private async queuedReviews(): Promise<Set<string>> {
    const jobs = await this.scoreQueue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed']);
    const held = new Set<string>();
    for (const job of jobs) {
      const data = (job?.data ?? {}) as Partial<ScoreReviewJob & ScoreReviewsJob>;
      for (const r of Array.isArray(data.reviews) ? data.reviews : [data]) if (r.reviewId) held.add(`${r.reviewId}/${r.revision}`);
    }
    return held;
  }
}
