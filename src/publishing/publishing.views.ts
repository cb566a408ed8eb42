import { EVENT_DATA_VERSION, snapshotFor, snapshotResource, type SnapshotAudience } from './domain/event-snapshot.js';
import { withoutCredentials } from './domain/webhook-address.js';
import { sanitizedError } from './domain/webhook-outcome.js';
import type { StoredEvent } from './event-log.repository.js';
import type { WebhookDeliveryEntity } from './webhooks/webhook-delivery.entity.js';
import type { WebhookEntity } from './webhooks/webhook.entity.js';

/** The one external shape of an event: webhook body and feed item are the same JSON. */
export interface ExternalEventView {
  id: string;
  type: string;
  cursor: string;
  occurredAt: string;
  /** 2: `data` also carries the resource snapshot (`data.review` / `data.response`); the ids of 1 are unchanged. */
  dataVersion: number;
  data: Record<string, unknown>;
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

export interface WebhookView {
  id: string;
  ownerType: string;
  merchantId: string | null;
  channelId: string | null;
  url: string;
  topics: string[];
  createdAt: string;
}

export const webhookView = (w: WebhookEntity): WebhookView => ({
  id: w.id, ownerType: w.ownerType, merchantId: w.merchantId, channelId: w.channelId, url: withoutCredentials(w.url), topics: w.topics, createdAt: w.createdAt.toISOString(),
});

export interface DeliveryView {
  id: string;
  webhookId: string;
  eventCursor: string;
  state: string;
  attempts: number;
  replays: number;
  lastStatusCode: number | null;
  /** The outcome class of the last failed attempt (http_4xx, http_5xx, delivery_failed…), never a network error. */
  lastError: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export const deliveryView = (d: WebhookDeliveryEntity): DeliveryView => ({
  id: d.id, webhookId: d.webhookId, eventCursor: d.eventId, state: d.state, attempts: d.attempts, replays: d.replays, lastStatusCode: d.lastStatusCode,
  lastError: sanitizedError(d.lastError, d.lastStatusCode), lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null, deliveredAt: d.deliveredAt?.toISOString() ?? null, createdAt: d.createdAt.toISOString(),
});
