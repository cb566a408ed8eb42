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
    if (limit) return this.take(keyId, limit, 'this API key');
    const { perSecond, burst } = this.config.rateLimit;
    if (perSecond === 0) return;
    this.take(keyId, { perSecond, burst }, 'this API key');
  }

  /**
   * A named bucket beside the per-key one (a publishable key's client IP, a shopper's votes);
   * `what` names it in the 429 message. These are abuse limits, always on.
   */
  public consumeNamed(bucket: string, limit: RateLimit, what: string): void {
    this.take(bucket, limit, what);
  }

  private take(name: string, { perSecond, burst }: RateLimit, what: string): void {
    const result = takeToken(this.buckets.get(name), perSecond, burst, this.clock.now().getTime());
    if (this.buckets.size >= MAX_TRACKED_KEYS && !this.buckets.has(name)) this.buckets.clear();
    this.buckets.set(name, result.bucket);
    if (!result.allowed) {
      throw new CommonError(CommonErrorCode.RateLimited, `Rate limit of ${perSecond} requests/s for ${what} exceeded; retry later`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }
}
