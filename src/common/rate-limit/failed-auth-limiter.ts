import { Injectable } from '@nestjs/common';
import { AppConfigService } from '../../config/app-config.service.js';
import { Clock } from '../clock/clock.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { type Bucket, takeToken } from './token-bucket.js';

const MAX_TRACKED_ADDRESSES = 50_000;

/**
 * Failed authentications per client address, per process (issue 16: 2,000 unknown keys cost 2,000 key lookups).
 * Only failures take tokens; once an address has none left, requests from it with a key this process has not
 * verified recently get 429 before any lookup. Keys verified moments ago are still served from the cache.
 */
@Injectable()
export class FailedAuthLimiter {
  private readonly buckets = new Map<string, Bucket>();

  public constructor(private readonly config: AppConfigService, private readonly clock: Clock) {}

  public assertAllowed(address: string): void {
    const { perSecond, burst } = this.config.failedAuthLimit;
    const bucket = this.buckets.get(address);
    if (perSecond === 0 || !bucket) return;
    // A dry run of taking a token: the bucket itself only shrinks on failures.
    const probe = takeToken(bucket, perSecond, burst, this.clock.now().getTime());
    if (!probe.allowed) {
      throw new CommonError(CommonErrorCode.AuthRateLimited, 'Too many failed authentications from this address; retry later', {
        retryAfterSeconds: probe.retryAfterSeconds,
      });
    }
  }

  public recordFailure(address: string): void {
    const { perSecond, burst } = this.config.failedAuthLimit;
    if (perSecond === 0) return;
    if (this.buckets.size >= MAX_TRACKED_ADDRESSES && !this.buckets.has(address)) this.buckets.clear();
    this.buckets.set(address, takeToken(this.buckets.get(address), perSecond, burst, this.clock.now().getTime()).bucket);
  }
}
