import { SUBSCRIBABLE, type ExternalEventType, type WebhookOwnerType } from './external-events.js';

export interface WebhookTarget {
  id: string;
  ownerType: WebhookOwnerType;
  merchantId: string | null;
  channelId: string | null;
  topics: string[];
}

export interface EventAudience {
  type: ExternalEventType;
  merchantId: string | null;
  channelId: string | null;
  isPublic: boolean;
}

/** Whether a webhook receives an event: subscribed to its type, and the event is in the owner's audience. */
export function webhookReceives(webhook: WebhookTarget, event: EventAudience): boolean {
  if (!webhook.topics.includes(event.type) || !SUBSCRIBABLE[webhook.ownerType].includes(event.type)) return false;
  switch (webhook.ownerType) {
    case 'merchant':
      return event.merchantId !== null && event.merchantId === webhook.merchantId;
    case 'storefront':
      return event.isPublic;
    case 'channel':
      return event.channelId !== null && event.channelId === webhook.channelId;
  }
}
