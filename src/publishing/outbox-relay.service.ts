import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Clock } from '../common/clock/clock.js';
import { AppConfigService } from '../config/app-config.service.js';
import { scoreReviewsJobId } from '../queue/job-ids.js';
import { JobName, QueueName, SCORE_REVIEW_JOB_OPTIONS } from '../queue/queue.constants.js';
import { EventPublisher, type DeliveryJob } from './event-publisher.service.js';
import { OutboxTopic } from './outbox-topic.js';
import { OutboxRepository, type PendingOutboxEvent } from './outbox.repository.js';

const BATCH = 500;
/** How often the relay looks for deliveries whose enqueue was lost (crash between commit and add). */
const SWEEP_EVERY_MS = 15_000;

/** Moves committed outbox rows into the queue (at-least-once; job ids make replays harmless). */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private running = false;
  private loop?: Promise<void>;
  private lastSweep = 0;

  public constructor(
    private readonly outbox: OutboxRepository,
    @InjectQueue(QueueName.Score) private readonly scoreQueue: Queue,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
    private readonly publisher: EventPublisher,
  ) {}

  public onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  public async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** One pass; returns how many events were relayed. Public for tests and the drain in shutdown. */
  public async relayOnce(): Promise<number> {
    const deliveries: DeliveryJob[] = [];
    const relayed = await this.outbox.dispatchBatch(BATCH, () => this.clock.now(), async (events, manager) => {
      await this.dispatch(events);
      deliveries.push(...(await this.publisher.publish(manager, events, this.clock.now())));
    });
    // After commit: a delivery job never runs before its log row is visible.
    await this.publisher.enqueue(deliveries);
    return relayed;
  }

  private async sweepIfDue(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    await this.publisher.sweepUnsent(this.clock.now());
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const relayed = await this.relayOnce();
        await this.sweepIfDue();
        if (relayed < BATCH) await this.sleep(this.config.queue.outboxPollMs);
      } catch (error) {
        this.logger.warn(`outbox relay pass failed, retrying: ${(error as Error).message}`);
        await this.sleep(1_000);
      }
    }
  }

  /**
   * One score job per chunk of SCORE_BATCH_SIZE reviews, not one per review: each job costs the queue its rows,
   * commits and round trips on both sides (issue 19: 7 queue rows per review), while the worker scores a chunk as
   * one micro-batch anyway. add(), not addBulk(): only add() honours jobId deduplication; the chunk's id is its
   * content, so a pass replayed after a crash between add and commit re-adds the same ids (a chunk that differs
   * only scores again, idempotently). The adds run concurrently.
   */
  private async dispatch(events: PendingOutboxEvent[]): Promise<void> {
    const reviews = events.filter((e) => e.topic === OutboxTopic.ReviewReceived || e.topic === OutboxTopic.ReviewEdited)
      .map((event) => ({ reviewId: event.aggregateId, revision: Number(event.payload.revision ?? 1) }));
    const size = this.config.queue.scoreBatchSize;
    const chunks = Array.from({ length: Math.ceil(reviews.length / size) }, (_, i) => reviews.slice(i * size, (i + 1) * size));
    await Promise.all(chunks.map((chunk) =>
      this.scoreQueue.add(JobName.ScoreReviews, { reviews: chunk }, { ...SCORE_REVIEW_JOB_OPTIONS, jobId: scoreReviewsJobId(chunk) })));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
  }
}
