/** Outbox topics; the relay routes each to a queue. */
export enum OutboxTopic {
  ReviewReceived = 'review.received',
  ReviewEdited = 'review.edited',
  ReviewDecided = 'review.decided',
}

export interface NewOutboxEvent {
  topic: OutboxTopic;
  aggregateType: 'review';
  aggregateId: string;
  payload: Record<string, unknown>;
}
