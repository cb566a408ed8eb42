import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service.js';
import { Clock } from '../clock/clock.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { type Bucket, takeToken } from './token-bucket.js';

const MAX_TRACKED_KEYS = 50_000;

/**
 * Per-API-key limit, per process (N API processes allow N× the rate in total;
 * put a shared limiter in front of the fleet if that matters).
 */
@Injectable()
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  public constructor(private readonly config: AppConfigService, private readonly clock: Clock) {}

  public consume(keyId: string): void {
    const { perSecond, burst } = this.config.rateLimit;
    if (perSecond === 0) return;
    const result = takeToken(this.buckets.get(keyId), perSecond, burst, this.clock.now().getTime());
    if (this.buckets.size >= MAX_TRACKED_KEYS && !this.buckets.has(keyId)) this.buckets.clear();
    this.buckets.set(keyId, result.bucket);
    if (!result.allowed) {
      throw new CommonError(CommonErrorCode.RateLimited, `Rate limit of ${perSecond} requests/s for this API key exceeded; retry later`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }
}
