import { signPayload, signStandard, verifySignature, verifyStandard } from './webhook-signature.js';

describe('webhook signatures', () => {
  // The published test vector of the Standard Webhooks specification (also used by its reference libraries).
  const vector = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330,
    body: '{"test": 2432232314}', signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  };

  it('reproduces the Standard Webhooks reference signature', () => {
    expect(signStandard(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(vector.signature);
  });

  it('verifies a Standard Webhooks signature and refuses tampering, other ids, stale timestamps and other secrets', () => {
    const headers = { id: vector.id, timestamp: String(vector.timestamp), signature: vector.signature };
    expect(verifyStandard(vector.secret, headers, vector.body, vector.timestamp + 10)).toBe(true);
    expect(verifyStandard(vector.secret, { ...headers, signature: `v1,AAAA ${vector.signature}` }, vector.body, vector.timestamp)).toBe(true);
    expect(verifyStandard(vector.secret, headers, '{"test": 2432232315}', vector.timestamp)).toBe(false);
    expect(verifyStandard(vector.secret, { ...headers, id: 'msg_other' }, vector.body, vector.timestamp)).toBe(false);
    expect(verifyStandard(vector.secret, headers, vector.body, vector.timestamp + 301)).toBe(false);
    expect(verifyStandard('whsec_c2VjcmV0LW9mLWFub3RoZXItZW5kcG9pbnQ=', headers, vector.body, vector.timestamp)).toBe(false);
    expect(verifyStandard(vector.secret, { ...headers, signature: vector.signature.replace('v1,', 'v2,') }, vector.body, vector.timestamp)).toBe(false);
  });

  it('keeps the Candor-Signature format: t=<seconds>,v1=<hex HMAC of "t.body">', () => {
    const header = signPayload('whsec_x', 1700000000, '{}');
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_x', header, '{}', 1700000100)).toBe(true);
    expect(verifySignature('whsec_y', header, '{}', 1700000100)).toBe(false);
  });
});
