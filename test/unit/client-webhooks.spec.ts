import fc from 'fast-check';
import { verifyCandorSignature, verifyStandardWebhook, verifyWebhook } from '../../packages/client/src/webhooks.js';
import { signPayload, signStandard } from '../../src/publishing/domain/webhook-signature.js';

/** The client's verifier accepts exactly what the server's signing code (used for every delivery) produces. */
describe('@candor/client webhook verification agrees with the server’s signatures', () => {
  const secret = 'whsec_c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0xMjM0';
  const now = 1_780_000_000;
  const body = JSON.stringify({ id: 'evt_1', type: 'review.published', cursor: '7', data: { reviewId: 'r1', text: 'Prima 好评 ✓' } });
  const headersAt = (t: number, payload = body, id = 'evt_1'): Record<string, string> => ({
    'candor-signature': signPayload(secret, t, payload), 'candor-event-id': id,
    'webhook-id': id, 'webhook-timestamp': String(t), 'webhook-signature': signStandard(secret, id, t, payload),
  });
  const withoutStandard = (h: Record<string, string>): Record<string, string> => ({ 'candor-signature': h['candor-signature'], 'candor-event-id': h['candor-event-id'] });

  it('accepts a delivery by both schemes, from a string, bytes or a Headers object', () => {
    const h = headersAt(now - 10);
    expect(verifyWebhook({ secret, body, headers: h, nowSeconds: now })).toEqual({ ok: true, scheme: 'standard', eventId: 'evt_1', timestamp: now - 10 });
    expect(verifyWebhook({ secret, body: Buffer.from(body), headers: new Headers(h), nowSeconds: now })).toMatchObject({ ok: true, scheme: 'standard' });
    expect(verifyWebhook({ secret, body: new TextEncoder().encode(body), headers: withoutStandard(h), nowSeconds: now })).toEqual({ ok: true, scheme: 'candor', eventId: 'evt_1', timestamp: now - 10 });
  });

  it('refuses a changed body, another secret and a missing signature', () => {
    const h = headersAt(now);
    const changed = body.replace('r1', 'r2');
    expect(verifyWebhook({ secret, body: changed, headers: h, nowSeconds: now })).toEqual({ ok: false, reason: 'signature_mismatch' });
    expect(verifyWebhook({ secret, body: changed, headers: withoutStandard(h), nowSeconds: now })).toEqual({ ok: false, reason: 'signature_mismatch' });
    expect(verifyWebhook({ secret: 'whsec_b3RoZXItc2VjcmV0LW9mLWFub3RoZXItaG9vaw', body, headers: h, nowSeconds: now })).toEqual({ ok: false, reason: 'signature_mismatch' });
    expect(verifyWebhook({ secret, body, headers: {}, nowSeconds: now })).toEqual({ ok: false, reason: 'missing_signature' });
    expect(verifyWebhook({ secret, body, headers: { 'candor-signature': 't=abc,v1=00' }, nowSeconds: now })).toEqual({ ok: false, reason: 'malformed_signature' });
  });

  it('refuses a replay outside the window on both schemes, at the edge included', () => {
    for (const t of [now - 301, now + 301]) {
      expect(verifyWebhook({ secret, body, headers: headersAt(t), nowSeconds: now })).toEqual({ ok: false, reason: 'timestamp_out_of_window' });
      expect(verifyWebhook({ secret, body, headers: withoutStandard(headersAt(t)), nowSeconds: now })).toEqual({ ok: false, reason: 'timestamp_out_of_window' });
    }
    expect(verifyWebhook({ secret, body, headers: headersAt(now - 300), nowSeconds: now }).ok).toBe(true);
    expect(verifyWebhook({ secret, body, headers: headersAt(now - 60), nowSeconds: now, toleranceSeconds: 30 })).toEqual({ ok: false, reason: 'timestamp_out_of_window' });
  });

  it('accepts any of several Standard Webhooks signatures (secret rotation)', () => {
    const h = headersAt(now);
    const old = signStandard('whsec_b2xkLXNlY3JldC1iZWZvcmUtcm90YXRpb24', 'evt_1', now, body);
    expect(verifyStandardWebhook(secret, { id: 'evt_1', timestamp: String(now), signature: `${old} ${h['webhook-signature']}` }, body, now).ok).toBe(true);
    expect(verifyStandardWebhook(secret, { id: 'evt_2', timestamp: String(now), signature: h['webhook-signature'] }, body, now)).toEqual({ ok: false, reason: 'signature_mismatch' });
  });

  it('agrees with the server on any body, secret, id and time (property)', () => {
    fc.assert(fc.property(
      fc.string({ unit: 'grapheme' }), fc.base64String({ minLength: 4 }), fc.uuid(), fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), fc.integer({ min: -400, max: 400 }),
      (payload, key, id, t, skew) => {
        const s = `whsec_${key}`;
        const expected = Math.abs(skew) <= 300;
        expect(verifyCandorSignature(s, signPayload(s, t, payload), payload, t + skew).ok).toBe(expected);
        expect(verifyStandardWebhook(s, { id, timestamp: String(t), signature: signStandard(s, id, t, payload) }, payload, t + skew).ok).toBe(expected);
        expect(verifyCandorSignature(s, signPayload(s, t, `${payload}x`), payload, t).ok).toBe(false);
      },
    ));
  });
});
