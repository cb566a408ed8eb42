import { feedAudience, snapshotFor, snapshotId, snapshotResource, webhookAudience } from './event-snapshot.js';

describe('event snapshots', () => {
  it('hands each audience only its own copy, and channels none', () => {
    const snapshots = { public: { body: 'shown' }, merchant: { body: 'shown', status: 'published' } };
    expect(snapshotFor(snapshots, webhookAudience('storefront'))).toEqual({ body: 'shown' });
    expect(snapshotFor(snapshots, webhookAudience('merchant'))).toEqual({ body: 'shown', status: 'published' });
    expect(snapshotFor(snapshots, webhookAudience('channel'))).toBeNull();
    expect(snapshotFor({ merchant: { body: 'held text' } }, 'public')).toBeNull();
    expect(snapshotFor({}, 'merchant')).toBeNull();
  });

  it('gives staff the merchant copy in the feed (never more than a merchant sees)', () => {
    expect(['admin', 'moderator', 'merchant', 'storefront', 'channel'].map((r) => feedAudience(r as never))).toEqual(['merchant', 'merchant', 'merchant', 'public', null]);
  });

  it('snapshots reviews and responses by their ids, author notices not at all', () => {
    expect(snapshotResource('review.removed')).toBe('review');
    expect(snapshotResource('response.held')).toBe('response');
    expect(snapshotResource('notice.author')).toBeNull();
    expect(snapshotId({ type: 'response.published', data: { responseId: 'r1', reviewId: 'v1' } })).toBe('r1');
    expect(snapshotId({ type: 'review.published', data: { reviewId: 'v1' } })).toBe('v1');
  });
});
