import { ApiProperty } from '@nestjs/swagger';
import { ExternalEventType } from './domain/external-events.js';
import { EVENT_DATA_VERSION, snapshotFor, snapshotResource, type SnapshotAudience } from './domain/event-snapshot.js';
import { withoutCredentials } from './domain/webhook-address.js';
import { sanitizedError } from './domain/webhook-outcome.js';
import type { StoredEvent } from './event-log.repository.js';
import type { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
import type { WebhookEntity } from './webhooks/webhook.entity.js';

/** The one external shape of an event: webhook body and feed item are the same JSON. */
export class ExternalEventView {
  @ApiProperty({ format: 'uuid', description: 'Event id: deterministic, the same on every retry and replay; dedupe on it', example: '6f1d2c3b-4a59-8e7d-9c6b-5a4f3e2d1c0b' })
  public id: string;

  @ApiProperty({ enum: ExternalEventType, example: ExternalEventType.ReviewPublished })
  public type: string;

  @ApiProperty({ pattern: '^\\d+$', description: 'Position in the event feed: pass as `after` to GET /v1/events to resume', example: '1042' })
  public cursor: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-01T12:00:00.000Z' })
  public occurredAt: string;

  @ApiProperty({ type: 'integer', enum: [2], description: '2: `data` also carries the resource snapshot (`data.review` / `data.response`, null when the receiver may not see it); the ids of 1 are unchanged.', example: 2 })
  public dataVersion: number;

  @ApiProperty({
    type: 'object', additionalProperties: true,
    description: 'Type-specific payload. review.*: reviewId, productId, merchantId, status (review.removed adds reason: moderation | author_edit); response.*: responseId, reviewId, productId, merchantId, version, body, edited, at; notice.author: what the author is told. Review events add `review` and response events `response`: the resource as the receiver\'s GET showed it when the event was published, or null.',
    example: { reviewId: '0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d', productId: '0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7e', merchantId: '0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7f' },
  })
  public data: Record<string, unknown>;
}

/**
 * The event as `audience` sees it. Review and response events get `data.review` / `data.response`: the resource as
 * that audience's GET showed it when the event was published, or null when it may not see it (a storefront, once
 * the review left the public set).
 */
export function externalEventView(e: StoredEvent, audience: SnapshotAudience | null): ExternalEventView {
  const kind = snapshotResource(e.type);
  const data = kind === null ? e.data : { ...e.data, [kind]: snapshotFor(e.snapshots, audience) };
  return { id: e.eventId, type: e.type, cursor: e.id, occurredAt: e.occurredAt.toISOString(), dataVersion: EVENT_DATA_VERSION, data };
}

export class WebhookView {
  @ApiProperty({ format: 'uuid' })
  public id: string;

  @ApiProperty({ enum: ['merchant', 'storefront', 'channel'] })
  public ownerType: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public merchantId: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public channelId: string | null;

  @ApiProperty({ description: 'The target URL, credentials removed', example: 'https://shop.example.com/hooks/candor' })
  public url: string;

  @ApiProperty({ enum: ExternalEventType, isArray: true, example: [ExternalEventType.ReviewPublished] })
  public topics: string[];

  @ApiProperty({ format: 'date-time' })
  public createdAt: string;
}

export class CreatedWebhookView extends WebhookView {
  @ApiProperty({ description: 'Signing secret; shown only in this answer', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })
  public secret: string;
}

export class WebhookListView {
  @ApiProperty({ type: [WebhookView] })
  public data: WebhookView[];
}

export const webhookView = (w: WebhookEntity): WebhookView => ({
  id: w.id, ownerType: w.ownerType, merchantId: w.merchantId, channelId: w.channelId, url: withoutCredentials(w.url), topics: w.topics, createdAt: w.createdAt.toISOString(),
});

export class DeliveryView {
  @ApiProperty({ format: 'uuid' })
  public id: string;

  @ApiProperty({ format: 'uuid' })
  public webhookId: string;

  @ApiProperty({ pattern: '^\\d+$', description: 'The cursor of the delivered event' })
  public eventCursor: string;

  @ApiProperty({ enum: ['pending', 'succeeded', 'failed', 'cancelled'] })
  public state: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  public attempts: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  public replays: number;

  @ApiProperty({ type: 'integer', nullable: true, example: 200 })
  public lastStatusCode: number | null;

  /** The outcome class of the last failed attempt (http_4xx, http_5xx, delivery_failed…), never a network error. */
  @ApiProperty({ type: 'string', nullable: true, description: 'Outcome class of the last failed attempt (http_4xx, http_5xx, timeout, delivery_failed…)', example: 'http_5xx' })
  public lastError: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public lastAttemptAt: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public deliveredAt: string | null;

  @ApiProperty({ format: 'date-time' })
  public createdAt: string;
}

export class DeliveryListView {
  @ApiProperty({ type: [DeliveryView] })
  public data: DeliveryView[];
}

export class EventPageView {
  @ApiProperty({ type: [ExternalEventView] })
  public data: ExternalEventView[];

  @ApiProperty({ pattern: '^\\d+$', description: 'Pass as `after` for the next page (the same value when nothing new)', example: '1042' })
  public nextCursor: string;
}

export const deliveryView = (d: WebhookDeliveryEntity): DeliveryView => ({
  id: d.id, webhookId: d.webhookId, eventCursor: d.eventId, state: d.state, attempts: d.attempts, replays: d.replays, lastStatusCode: d.lastStatusCode,
  lastError: sanitizedError(d.lastError, d.lastStatusCode), lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null, deliveredAt: d.deliveredAt?.toISOString() ?? null, createdAt: d.createdAt.toISOString(),
});
