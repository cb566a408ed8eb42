import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { AppConfigService } from '../config/app-config.service.js';
import { REPUTATION_ROLLUP_SCHEDULER_ID } from '../queue/job-ids.js';
import { JobName, QueueName, ROLLUP_REPUTATION_JOB_OPTIONS, type RollupReputationJob } from '../queue/queue.constants.js';
import { parseDay } from './domain/period.js';
import { ReputationRollupService, type RollupOutcome } from './reputation-rollup.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thin: validates the payload, runs the rollup with progress; registers the repeatable schedule at boot. */
@Processor(QueueName.Reputation)
export class ReputationProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReputationProcessor.name);
  private stopping = false;
  private retry?: NodeJS.Timeout;

  public constructor(
    private readonly rollup: ReputationRollupService,
    private readonly config: AppConfigService,
    @InjectQueue(QueueName.Reputation) private readonly queue: Queue<RollupReputationJob>,
  ) {
    super();
  }

  /**
   * In the background, retried: a worker that starts while PostgreSQL (or Redis) is unreachable must not
   * fail its whole boot over the schedule; it registers it once the queue answers.
   */
  public onApplicationBootstrap(): void {
    void this.registerSchedule();
  }

  private async registerSchedule(attempt = 1): Promise<void> {
    try {
      const every = this.config.reputation.rollupEveryMs;
      if (every <= 0) {
        await this.queue.removeJobScheduler(REPUTATION_ROLLUP_SCHEDULER_ID);
        return;
      }
      // Upsert: every worker registers the same scheduler id, so there is one schedule however many workers run.
      await this.queue.upsertJobScheduler(REPUTATION_ROLLUP_SCHEDULER_ID, { every }, {
        name: JobName.RollupReputation, data: {}, opts: ROLLUP_REPUTATION_JOB_OPTIONS,
      });
    } catch (error) {
      if (this.stopping) return;
      const delay = Math.min(1_000 * 2 ** (attempt - 1), 30_000);
      this.logger.warn(`rollup schedule not registered (${(error as Error).message}); retrying in ${delay} ms`);
      this.retry = setTimeout(() => void this.registerSchedule(attempt + 1), delay);
    }
  }

  public async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    await this.worker.close();
  }

  public async process(job: Job<RollupReputationJob>): Promise<RollupOutcome> {
    switch (job.name) {
      case JobName.RollupReputation: {
        const { from, to, merchantId } = job.data ?? {};
        const bad = (v: unknown): boolean => v !== undefined && (typeof v !== 'string' || parseDay(v) === null);
        const badMerchant = merchantId !== undefined && (typeof merchantId !== 'string' || !UUID.test(merchantId));
        if (bad(from) || bad(to) || (from === undefined) !== (to === undefined) || badMerchant) {
          throw new UnrecoverableError(`malformed rollup job ${job.id}: ${JSON.stringify(job.data)}`);
        }
        const progress = (fraction: number): Promise<void> => job.updateProgress(Math.round(fraction * 100));
        const outcome = merchantId === undefined
          ? await this.rollup.run({ from, to }, progress)
          : await this.rollup.runForMerchant(merchantId, { from, to }, progress);
        this.logger.debug(`job ${job.id}: ${outcome.days} day(s)`);
        return outcome;
      }
      default:
        throw new UnrecoverableError(`unknown job ${job.name} on queue ${QueueName.Reputation}`);
    }
  }
}
