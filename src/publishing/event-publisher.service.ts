import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { AppConfigService } from '../config/app-config.service.js';
import { webhookDeliveryJobId } from '../queue/job-ids.js';
import { DELIVER_WEBHOOK_JOB_OPTIONS, JobName, QueueName } from '../queue/queue.constants.js';
import { toExternalEvents } from './domain/external-events.js';
import { webhookReceives } from './domain/webhook-matching.js';
import { EventLogRepository } from './event-log.repository.js';
import { OutboxTopic } from './outbox-topic.js';
import type { PendingOutboxEvent } from './outbox.repository.js';
import { deliveryId } from './webhooks/delivery-id.js';
import { WebhooksRepository } from './webhooks/webhooks.repository.js';

/** A delivery job to enqueue once the relay's transaction has committed. */
export interface DeliveryJob {
  deliveryId: string;
  webhookId: string;
  eventUuid: string;
  replay: number;
}

/**
 * Relay side of publishing: outbox rows → published events (+ delivery log rows) in the
 * relay's transaction; the returned jobs are enqueued after commit, so a delivery job never
 * runs before its row is visible. A crash between commit and enqueue leaves `pending`
 * rows with no attempt, which `sweepUnsent` re-enqueues (same job id, so never twice at once).
 */
@Injectable()
export class EventPublisher {
  public constructor(
    private readonly events: EventLogRepository,
    private readonly webhooks: WebhooksRepository,
    @InjectQueue(QueueName.Webhook) private readonly queue: Queue,
    private readonly config: AppConfigService,
  ) {}

  public async publish(manager: EntityManager, rows: PendingOutboxEvent[], now: Date): Promise<DeliveryJob[]> {
    const derived = rows.flatMap((row) => toExternalEvents(row).map((e) => ({ ...e, sourceOutboxId: row.id, occurredAt: row.createdAt })));
    const replays: DeliveryJob[] = rows.filter((r) => r.topic === OutboxTopic.WebhookReplay).map((r) => ({
      deliveryId: r.aggregateId, webhookId: String(r.payload.webhookId), eventUuid: String(r.payload.eventUuid), replay: Number(r.payload.replay),
    }));
    const stored = await this.events.insert(manager, derived);
    if (stored.length === 0) return replays;
    const targets = await this.webhooks.candidatesFor(manager, stored);
    const jobs: DeliveryJob[] = [];
    const deliveries = stored.flatMap((event) => targets.filter((w) => webhookReceives(w, { ...event, type: event.type as never })).map((w) => {
      const id = deliveryId(w.id, event.eventId);
      jobs.push({ deliveryId: id, webhookId: w.id, eventUuid: event.eventId, replay: 0 });
      return { id, webhookId: w.id, eventId: event.id };
    }));
    await this.webhooks.insertDeliveries(manager, deliveries, now);
    return [...jobs, ...replays];
  }

  public async enqueue(jobs: DeliveryJob[]): Promise<void> {
    const { attempts, backoffMs } = this.config.webhooks;
    for (const job of jobs) {
      // add(), not addBulk(): only add() honours jobId deduplication.
      await this.queue.add(JobName.DeliverWebhook, { deliveryId: job.deliveryId }, {
        ...DELIVER_WEBHOOK_JOB_OPTIONS, attempts, backoff: { type: 'exponential', delay: backoffMs },
        jobId: webhookDeliveryJobId(job.webhookId, job.eventUuid, job.replay),
      });
    }
  }

  public async sweepUnsent(now: Date, graceMs = 30_000): Promise<number> {
    const unsent = await this.webhooks.findUnsent(new Date(now.getTime() - graceMs), 500);
    await this.enqueue(unsent.map((u) => ({ deliveryId: u.id, webhookId: u.webhookId, eventUuid: u.eventUuid, replay: u.replays })));
    return unsent.length;
  }
}
