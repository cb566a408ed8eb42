import { createHash } from 'node:crypto';

/**
 * Which external events an outbox row becomes, and who may see each (pure).
 *
 * Public review events are derived from the internal status transitions rather
 * than emitted by every writer: whoever changes a review's status (scorer,
 * moderators, author edits) already emits `review.decided` / `review.edited`
 * with {fromStatus, toStatus}, so entering or leaving the public set
 * (published, folded) is computed here once:
 *   non-public → published   review.published      published → folded   review.folded
 *   non-public → folded      review.folded         folded → published   review.published
 *   public → non-public      review.removed  (reason: moderation | author_edit)
 * Internal statuses (held, withheld, hidden…) never leave through these events.
 */
export const PUBLIC_REVIEW_STATES = ['published', 'folded'];

export enum ExternalEventType {
  ReviewPublished = 'review.published',
  ReviewFolded = 'review.folded',
  ReviewRemoved = 'review.removed',
  ResponsePublished = 'response.published',
  ResponseEdited = 'response.edited',
  ResponseHeld = 'response.held',
  ResponseRejected = 'response.rejected',
  NoticeAuthor = 'notice.author',
}

export type WebhookOwnerType = 'merchant' | 'storefront' | 'channel';

/** What each owner type may subscribe to (and sees in its feed). */
export const SUBSCRIBABLE: Record<WebhookOwnerType, ExternalEventType[]> = {
  merchant: Object.values(ExternalEventType),
  storefront: [ExternalEventType.ReviewPublished, ExternalEventType.ReviewFolded, ExternalEventType.ReviewRemoved, ExternalEventType.ResponsePublished, ExternalEventType.ResponseEdited],
  channel: [ExternalEventType.NoticeAuthor],
};

export interface OutboxRow {
  id: string;
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface ExternalEvent {
  eventId: string;
  type: ExternalEventType;
  merchantId: string | null;
  channelId: string | null;
  isPublic: boolean;
  data: Record<string, unknown>;
}

/** Deterministic uuid (v8 layout) of (outbox id, type): a re-relayed row yields the same id, so consumers dedupe. */
export function externalEventId(outboxId: string, type: string): string {
  const hex = createHash('sha256').update(`candor-event\0${outboxId}\0${type}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

function reviewTransition(row: OutboxRow): ExternalEvent[] {
  const from = str(row.payload.fromStatus);
  const to = str(row.payload.toStatus);
  const wasPublic = from !== null && PUBLIC_REVIEW_STATES.includes(from);
  const isPublic = to !== null && PUBLIC_REVIEW_STATES.includes(to);
  let type: ExternalEventType | null = null;
  if (isPublic && from !== to) type = to === 'folded' ? ExternalEventType.ReviewFolded : ExternalEventType.ReviewPublished;
  else if (wasPublic && !isPublic) type = ExternalEventType.ReviewRemoved;
  if (type === null) return [];
  const data: Record<string, unknown> = {
    reviewId: row.aggregateId, productId: str(row.payload.productId), merchantId: str(row.payload.merchantId), revision: row.payload.revision ?? null,
  };
  if (type === ExternalEventType.ReviewRemoved) data.reason = row.topic === 'review.edited' ? 'author_edit' : 'moderation';
  // Reviews sent through bulk import mode are history: subscribers can skip them instead of being flooded.
  if (row.payload.historical === true) data.historical = true;
  return [{ eventId: externalEventId(row.id, type), type, merchantId: str(row.payload.merchantId), channelId: null, isPublic: true, data }];
}

const RESPONSE_TOPICS: Record<string, { type: ExternalEventType; isPublic: boolean; toChannel: boolean }> = {
  'response.published': { type: ExternalEventType.ResponsePublished, isPublic: true, toChannel: false },
  'response.edited': { type: ExternalEventType.ResponseEdited, isPublic: true, toChannel: false },
  'response.held': { type: ExternalEventType.ResponseHeld, isPublic: false, toChannel: false },
  'response.rejected': { type: ExternalEventType.ResponseRejected, isPublic: false, toChannel: false },
  'notice.author': { type: ExternalEventType.NoticeAuthor, isPublic: false, toChannel: true },
};

export function toExternalEvents(row: OutboxRow): ExternalEvent[] {
  if (row.topic === 'review.decided' || row.topic === 'review.edited') return reviewTransition(row);
  const route = RESPONSE_TOPICS[row.topic];
  if (!route) return [];
  const merchantId = str(row.payload.merchantId);
  const channelId = route.toChannel ? str(row.payload.channelId) : null;
  if (!merchantId && !route.isPublic && !channelId) return [];
  // Response payloads are built for the outside by the responses module (no author data); the channel id stays internal.
  const { channelId: _internal, ...data } = row.payload;
  return [{ eventId: externalEventId(row.id, route.type), type: route.type, merchantId, channelId, isPublic: route.isPublic, data }];
}
