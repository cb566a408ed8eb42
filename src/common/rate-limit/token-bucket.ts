export interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface TakeResult {
  allowed: boolean;
  bucket: Bucket;
  /** Seconds until one token is available again (0 when allowed). */
  retryAfterSeconds: number;
}

/** Pure token bucket: `ratePerSecond` refill, `burst` capacity; time passed in as milliseconds. */
export function takeToken(bucket: Bucket | undefined, ratePerSecond: number, burst: number, nowMs: number): TakeResult {
  const current = bucket ?? { tokens: burst, updatedAt: nowMs };
  const refilled = Math.min(burst, current.tokens + ((nowMs - current.updatedAt) / 1000) * ratePerSecond);
  if (refilled >= 1) return { allowed: true, bucket: { tokens: refilled - 1, updatedAt: nowMs }, retryAfterSeconds: 0 };
  return { allowed: false, bucket: { tokens: refilled, updatedAt: nowMs }, retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / ratePerSecond)) };
}
