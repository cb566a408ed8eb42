import { ExternalEventType, externalEventId, toExternalEvents } from './external-events.js';
import { signPayload, verifySignature } from './webhook-signature.js';

const row = (topic: string, payload: Record<string, unknown>, id = '42') => ({ id, topic, aggregateId: 'r1', payload });
const decided = (fromStatus: string, toStatus: string) => row('review.decided', { fromStatus, toStatus, merchantId: 'm1', productId: 'p1', channelId: 'c1', revision: 1 });

describe('toExternalEvents', () => {
  it.each([
    ['scoring', 'published', ExternalEventType.ReviewPublished],
    ['held', 'published', ExternalEventType.ReviewPublished],
    ['held', 'folded', ExternalEventType.ReviewFolded],
    ['published', 'folded', ExternalEventType.ReviewFolded],
    ['folded', 'published', ExternalEventType.ReviewPublished],
    ['published', 'removed', ExternalEventType.ReviewRemoved],
    ['folded', 'hidden', ExternalEventType.ReviewRemoved],
    ['scoring', 'held', null],
    ['scoring', 'withheld', null],
    ['held', 'removed', null],
  ])('review.decided %s → %s gives %s', (from, to, type) => {
    const events = toExternalEvents(decided(from, to));
    expect(events.map((e) => e.type)).toEqual(type ? [type] : []);
    for (const e of events) {
      expect(e).toMatchObject({ isPublic: true, merchantId: 'm1', channelId: null });
      expect(JSON.stringify(e.data)).not.toMatch(/held|withheld|hidden|scoring/);
    }
  });

  it('turns an author edit of a public review into review.removed (author_edit)', () => {
    const [event] = toExternalEvents(row('review.edited', { fromStatus: 'published', toStatus: 'received', merchantId: 'm1', productId: 'p1' }));
    expect(event).toMatchObject({ type: 'review.removed', data: { reason: 'author_edit' } });
    expect(toExternalEvents(row('review.edited', { fromStatus: 'held', toStatus: 'received', merchantId: 'm1' }))).toEqual([]);
  });

  it('marks an imported review\'s publication historical, and only that one', () => {
    const [imported] = toExternalEvents(row('review.decided', { fromStatus: 'scoring', toStatus: 'published', merchantId: 'm1', historical: true }));
    expect(imported).toMatchObject({ type: 'review.published', data: { historical: true } });
    expect(toExternalEvents(decided('scoring', 'published'))[0].data).not.toHaveProperty('historical');
  });

  it('ignores internal topics', () => {
    expect(toExternalEvents(row('review.received', { revision: 1 }))).toEqual([]);
    expect(toExternalEvents(row('review.flagged', { merchantId: 'm1' }))).toEqual([]);
  });

  it.each([
    ['response.published', true, null],
    ['response.edited', true, null],
    ['response.held', false, null],
    ['response.rejected', false, null],
    ['notice.author', false, 'c1'],
  ])('%s is public=%s, channel=%s, and never carries the channel id in data', (topic, isPublic, channelId) => {
    const [event] = toExternalEvents(row(topic, { merchantId: 'm1', channelId: 'c1', responseId: 'x' }));
    expect(event).toMatchObject({ type: topic, isPublic, channelId, merchantId: 'm1' });
    expect(event.data).not.toHaveProperty('channelId');
  });

  it('derives stable, distinct event ids', () => {
    expect(externalEventId('1', 'a')).toBe(externalEventId('1', 'a'));
    expect(externalEventId('1', 'a')).not.toBe(externalEventId('2', 'a'));
    expect(externalEventId('1', 'a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('webhook signatures', () => {
  const body = '{"id":"e1"}';

  it.each([
    ['the same secret, body and fresh timestamp', 's3cret', body, 1_000, true],
    ['another secret', 'other', body, 1_000, false],
    ['a tampered body', 's3cret', '{"id":"e2"}', 1_000, false],
    ['a stale timestamp', 's3cret', body, 2_000, false],
  ])('verifies with %s → %s', (_name, secret, received, now, ok) => {
    const header = signPayload('s3cret', 1_000, body);
    expect(verifySignature(secret, header, received, now)).toBe(ok);
  });

  it('rejects malformed headers', () => {
    expect(verifySignature('s', 'garbage', body, 0)).toBe(false);
    expect(verifySignature('s', 't=0,v1=zz', body, 0)).toBe(false);
  });
});
