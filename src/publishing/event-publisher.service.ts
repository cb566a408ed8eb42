import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { AppConfigService } from '../config/app-config.service.js';
import { webhookDeliveryJobId } from '../queue/job-ids.js';
import { DELIVER_WEBHOOK_JOB_OPTIONS, JobName, QueueName } from '../queue/queue.constants.js';
import { snapshotId, snapshotResource, type SnapshotResource } from './domain/event-snapshot.js';
import { toExternalEvents } from './domain/external-events.js';
import { webhookReceives } from './domain/webhook-matching.js';
import { EventLogRepository } from './event-log.repository.js';
import { OutboxTopic } from './outbox-topic.js';
import type { PendingOutboxEvent } from './outbox.repository.js';
import { ResourceSnapshots } from './resource-snapshots.service.js';
import { deliveryId } from './webhooks/delivery-id.js';
import { WebhookGate } from './webhooks/webhook-gate.js';
import { WebhooksRepository } from './webhooks/webhooks.repository.js';

/** A delivery job to enqueue once the relay's transaction has committed. */
export interface DeliveryJob {
  deliveryId: string;
  webhookId: string;
  eventUuid: string;
  replay: number;
  /** BullMQ priority (1 = first): see `fairPriorities`. */
  priority: number;
}

const ENQUEUE_CHUNK = 32;

/** BullMQ's largest priority (2^21). */
const MAX_PRIORITY = 2_097_152;

/**
 * Fair order across webhooks: a delivery's priority is its webhook's backlog when it was enqueued
 * (the k-th pending delivery of a webhook gets priority k). Workers take the lowest number first, so
 * they go round-robin over webhooks: one tenant's thousands of waiting deliveries (a receiver that
 * hangs or fails) sit behind every other webhook's first, second, … delivery instead of in front.
 */
export function fairPriorities(jobs: Omit<DeliveryJob, 'priority'>[], pendingBefore: Map<string, number>): DeliveryJob[] {
  const seen = new Map<string, number>();
  return jobs.map((job) => {
    const k = (seen.get(job.webhookId) ?? 0) + 1;
    seen.set(job.webhookId, k);
    return { ...job, priority: Math.min((pendingBefore.get(job.webhookId) ?? 0) + k, MAX_PRIORITY) };
  });
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
    private readonly gate: WebhookGate,
    private readonly snapshots: ResourceSnapshots,
  ) {}

  public async publish(manager: EntityManager, rows: PendingOutboxEvent[], now: Date): Promise<DeliveryJob[]> {
    const external = rows.flatMap((row) => toExternalEvents(row).map((e) => ({ ...e, sourceOutboxId: row.id, occurredAt: row.createdAt })));
    // Snapshots are taken now, in the relay's transaction: what each audience could GET at publish time.
    const idsOf = (kind: SnapshotResource): string[] => external.filter((e) => snapshotResource(e.type) === kind).map((e) => snapshotId(e));
    const [reviews, responses] = await Promise.all([this.snapshots.forReviews(manager, idsOf('review')), this.snapshots.forResponses(manager, idsOf('response'))]);
    const derived = external.map((e) => {
      const kind = snapshotResource(e.type);
      return { ...e, snapshots: (kind === 'review' ? reviews : kind === 'response' ? responses : undefined)?.get(snapshotId(e)) ?? {} };
    });
    // A replay is one delivery someone is waiting for: it goes first.
    const replays: DeliveryJob[] = rows.filter((r) => r.topic === OutboxTopic.WebhookReplay).map((r) => ({
      deliveryId: r.aggregateId, webhookId: String(r.payload.webhookId), eventUuid: String(r.payload.eventUuid), replay: Number(r.payload.replay), priority: 1,
    }));
    const stored = await this.events.insert(manager, derived);
    if (stored.length === 0) return replays;
    const targets = await this.webhooks.candidatesFor(manager, stored);
    const jobs: Omit<DeliveryJob, 'priority'>[] = [];
    const deliveries = stored.flatMap((event) => targets.filter((w) => webhookReceives(w, { ...event, type: event.type as never })).map((w) => {
      const id = deliveryId(w.id, event.eventId);
      jobs.push({ deliveryId: id, webhookId: w.id, eventUuid: event.eventId, replay: 0 });
      return { id, webhookId: w.id, eventId: event.id };
    }));
    const pendingBefore = await this.webhooks.pendingCounts(manager, [...new Set(jobs.map((j) => j.webhookId))]);
    await this.webhooks.insertDeliveries(manager, deliveries, now);
    return [...fairPriorities(jobs, pendingBefore), ...replays];
  }

  public async enqueue(jobs: DeliveryJob[]): Promise<void> {
    const { attempts, backoffMs } = this.config.webhooks;
    // Lowest priority number first, and several adds in flight at once: added one by one, each waiting for its
    // round trip, a burst for one tenant's backlog held every other webhook's deliveries back in the relay.
    const ordered = [...jobs].sort((a, b) => a.priority - b.priority);
    for (let i = 0; i < ordered.length; i += ENQUEUE_CHUNK) {
      // add(), not addBulk(): only add() honours jobId deduplication.
      await Promise.all(ordered.slice(i, i + ENQUEUE_CHUNK).map((job) => this.queue.add(JobName.DeliverWebhook, { deliveryId: job.deliveryId, webhookId: job.webhookId }, {
        ...DELIVER_WEBHOOK_JOB_OPTIONS, attempts, backoff: { type: 'exponential', delay: backoffMs }, priority: job.priority,
        jobId: webhookDeliveryJobId(job.webhookId, job.eventUuid, job.replay), delay: job.replay > 0 ? 0 : this.gate.holdFor(job.webhookId),
      })));
    }
  }

  public async sweepUnsent(now: Date, graceMs = 30_000): Promise<number> {
    const unsent = await this.webhooks.findUnsent(new Date(now.getTime() - graceMs), 500);
    // Lost enqueues are rare (a crash between commit and add): they take their webhook's current backlog as priority.
    const pending = await this.webhooks.pendingCounts(undefined, [...new Set(unsent.map((u) => u.webhookId))]);
    await this.enqueue(fairPriorities(unsent.map((u) => ({ deliveryId: u.id, webhookId: u.webhookId, eventUuid: u.eventUuid, replay: u.replays })), pending));
    return unsent.length;
  }
}
