import { takeToken } from './token-bucket.js';

describe('takeToken', () => {
  it('allows a full burst, then refuses with a retry-after, then refills with time', () => {
    let bucket;
    for (let i = 0; i < 3; i++) {
      const r = takeToken(bucket, 1, 3, 0);
      expect(r.allowed).toBe(true);
      bucket = r.bucket;
    }
    const refused = takeToken(bucket, 1, 3, 0);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(takeToken(refused.bucket, 1, 3, 1000).allowed).toBe(true);
  });

  it.each([
    [10, 5, 100, true],
    [0.5, 1, 0, true],
  ])('rate %s burst %s at %sms → allowed %s on a fresh bucket', (rate, burst, now, allowed) => {
    expect(takeToken(undefined, rate, burst, now).allowed).toBe(allowed);
  });

  it('never refills past the burst capacity', () => {
    const r = takeToken({ tokens: 0, updatedAt: 0 }, 100, 5, 60_000);
    expect(r.bucket.tokens).toBe(4);
  });
});
