import { ExternalEventType as T } from './external-events.js';
import { webhookReceives, type WebhookTarget } from './webhook-matching.js';

const hook = (ownerType: WebhookTarget['ownerType'], topics: string[], scope: Partial<WebhookTarget> = {}): WebhookTarget =>
  ({ id: 'w', ownerType, merchantId: null, channelId: null, topics, ...scope });
const event = (type: T, merchantId: string | null, isPublic: boolean, channelId: string | null = null) => ({ type, merchantId, isPublic, channelId });

describe('webhookReceives', () => {
  it.each([
    ['merchant, own public event', hook('merchant', [T.ReviewPublished], { merchantId: 'm1' }), event(T.ReviewPublished, 'm1', true), true],
    ['merchant, another merchant’s event', hook('merchant', [T.ReviewPublished], { merchantId: 'm1' }), event(T.ReviewPublished, 'm2', true), false],
    ['merchant, own private event', hook('merchant', [T.ResponseHeld], { merchantId: 'm1' }), event(T.ResponseHeld, 'm1', false), true],
    ['merchant, not subscribed', hook('merchant', [T.ReviewFolded], { merchantId: 'm1' }), event(T.ReviewPublished, 'm1', true), false],
    ['storefront, public event', hook('storefront', [T.ReviewPublished]), event(T.ReviewPublished, 'm1', true), true],
    ['storefront, private event even if listed', hook('storefront', [T.ResponseHeld]), event(T.ResponseHeld, 'm1', false), false],
    ['channel, its author notice', hook('channel', [T.NoticeAuthor], { channelId: 'c1' }), event(T.NoticeAuthor, 'm1', false, 'c1'), true],
    ['channel, another channel’s notice', hook('channel', [T.NoticeAuthor], { channelId: 'c1' }), event(T.NoticeAuthor, 'm1', false, 'c2'), false],
  ])('%s → %s', (_name, webhook, e, expected) => {
    expect(webhookReceives(webhook, e)).toBe(expected);
  });
});
