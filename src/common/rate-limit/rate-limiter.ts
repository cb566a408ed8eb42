import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service.js';
import { Clock } from '../clock/clock.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { type Bucket, takeToken } from './token-bucket.js';

const MAX_TRACKED_KEYS = 50_000;

export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Per-API-key limit, per process (N API processes allow N× the rate in total;
 * put a shared limiter in front of the fleet if that matters).
 */
@Injectable()
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  public constructor(private readonly config: AppConfigService, private readonly clock: Clock) {}

  /**
   * The limit given (a key's own or its role's default), else the process default
   * (RATE_LIMIT_PER_SECOND; 0 turns that default off, e.g. for benchmarks).
   */
  public consume(keyId: string, limit?: RateLimit | null): void {
    const effective = this.keyLimit(limit);
    if (effective) this.take(keyId, effective, 'this API key');
  }

  /**
   * A named bucket beside the per-key one (a publishable key's client IP, a shopper's votes);
   * `what` names it in the 429 message. These are abuse limits, always on.
   */
  public consumeNamed(bucket: string, limit: RateLimit, what: string): void {
    this.take(bucket, limit, what);
  }

  /**
   * The same buckets as consume/consumeNamed (`limit` of a key resolved as consume does), all or
   * nothing: true when every bucket had a token (each spends one), false with no bucket touched. For
   * a fast path that hands any refusal to the full path, which then spends and answers exactly as before.
   */
  public tryConsumeAll(keyId: string, keyLimit: RateLimit | null | undefined, named?: { bucket: string; limit: RateLimit }): boolean {
    const now = this.clock.now().getTime();
    const effective = this.keyLimit(keyLimit);
    const forKey = effective && takeToken(this.buckets.get(keyId), effective.perSecond, effective.burst, now);
    if (forKey && !forKey.allowed) return false;
    const forNamed = named && takeToken(this.buckets.get(named.bucket), named.limit.perSecond, named.limit.burst, now);
    if (forNamed && !forNamed.allowed) return false;
    if (forKey) this.store(keyId, forKey.bucket);
    if (named && forNamed) this.store(named.bucket, forNamed.bucket);
    return true;
  }

  /** A key's own or role limit, else the process default; undefined when no limit applies (RATE_LIMIT_PER_SECOND=0). */
  private keyLimit(limit: RateLimit | null | undefined): RateLimit | undefined {
    if (limit) return limit;
    const { perSecond, burst } = this.config.rateLimit;
    return perSecond === 0 ? undefined : { perSecond, burst };
  }

  private store(name: string, bucket: Bucket): void {
    if (this.buckets.size >= MAX_TRACKED_KEYS && !this.buckets.has(name)) this.buckets.clear();
    this.buckets.set(name, bucket);
  }

  private take(name: string, { perSecond, burst }: RateLimit, what: string): void {
    const result = takeToken(this.buckets.get(name), perSecond, burst, this.clock.now().getTime());
    this.store(name, result.bucket);
    if (!result.allowed) {
      throw new CommonError(CommonErrorCode.RateLimited, `Rate limit of ${perSecond} requests/s for ${what} exceeded; retry later`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }
}
