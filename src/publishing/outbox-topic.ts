/** Outbox topics; the relay routes each to a queue. */
/**
 * Event contract: `review.received` {revision}; `review.edited` and `review.decided`
 * {revision, fromStatus, toStatus, merchantId, productId, channelId, (action, automated)}.
 * Responses (aggregate 'response'): `response.published|edited|held|rejected` and
 * `notice.author` {responseId, reviewId, productId, merchantId, channelId, version, body, edited, at}.
 * `review.flagged` {flagId, reasonCode, merchantId, productId}: internal, for moderation.
 * `notice.author` is also written by moderation decisions (aggregate 'review', {kind:'decision', …, channelId});
 * `notice.reporter` by report resolutions (moderation module).
 * `webhook.replay` (aggregate 'delivery') {webhookId, eventId, replay}: the relay enqueues the replay after commit.
 * External (webhook/feed) events are derived from these in src/publishing/domain/external-events.ts.
 */
export enum OutboxTopic {
  ReviewReceived = 'review.received',
  ReviewEdited = 'review.edited',
  ReviewDecided = 'review.decided',
  ReviewFlagged = 'review.flagged',
  ResponsePublished = 'response.published',
  ResponseEdited = 'response.edited',
  ResponseHeld = 'response.held',
  ResponseRejected = 'response.rejected',
  NoticeAuthor = 'notice.author',
  NoticeReporter = 'notice.reporter',
  WebhookReplay = 'webhook.replay',
}

export interface NewOutboxEvent {
  topic: OutboxTopic;
  aggregateType: 'review' | 'response' | 'delivery';
  aggregateId: string;
  payload: Record<string, unknown>;
}
