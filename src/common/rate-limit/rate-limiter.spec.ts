import type { AppConfigService } from '../../config/app-config.service.js';
import type { Clock } from '../clock/clock.js';
import { CommonError } from '../errors/common-error.js';
import { RateLimiter } from './rate-limiter.js';

const config = { rateLimit: { perSecond: 0, burst: 0 } } as unknown as AppConfigService;
const clock = { now: () => new Date(0) } as Clock;
const KEY = { perSecond: 1, burst: 2 };
const IP = { perSecond: 1, burst: 1 };

/** tryConsumeAll spends from both buckets or from neither, so a refusal can be left to consume() to spend and answer. */
describe('RateLimiter.tryConsumeAll', () => {
  it('spends a token from each bucket when both have one', () => {
    const limiter = new RateLimiter(config, clock);
    expect(limiter.tryConsumeAll('key', KEY, { bucket: 'ip', limit: IP })).toBe(true);
    // The IP bucket (burst 1) is now empty; the key bucket still holds one token.
    expect(limiter.tryConsumeAll('key', KEY, { bucket: 'ip', limit: IP })).toBe(false);
    expect(() => limiter.consume('key', KEY)).not.toThrow();
    expect(() => limiter.consume('key', KEY)).toThrow(CommonError);
  });

  it('spends nothing when one bucket is empty', () => {
    const limiter = new RateLimiter(config, clock);
    limiter.consumeNamed('ip', IP, 'this client IP');
    expect(limiter.tryConsumeAll('key', KEY, { bucket: 'ip', limit: IP })).toBe(false);
    // The key's two tokens are both still there.
    expect(() => [limiter.consume('key', KEY), limiter.consume('key', KEY)]).not.toThrow();
  });

  it('needs no token when no limit applies (RATE_LIMIT_PER_SECOND=0, no own limit)', () => {
    const limiter = new RateLimiter(config, clock);
    for (let i = 0; i < 5; i += 1) expect(limiter.tryConsumeAll('key', null)).toBe(true);
  });
});
