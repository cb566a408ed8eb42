import type { RateLimit } from '../rate-limit/rate-limiter.js';
import type { Role } from './role.js';

/**
 * Documented default quotas, per API process, when a key is created without its own
 * (`rateLimitPerSecond`/`burst`, and for publishable keys `ipRateLimitPerSecond`/`ipBurst`):
 * - a storefront server key carries every shopper of a shop: 5,000 requests/s, burst 10,000;
 * - a publishable (browser) key: 1,000 requests/s for the key, and 20 requests/s, burst 60,
 *   per client IP, so one visitor's script cannot spend the shop's quota;
 * - every other role: RATE_LIMIT_PER_SECOND / RATE_LIMIT_BURST (200 / 400).
 * RATE_LIMIT_PER_SECOND=0 turns the defaults off (benchmarks); a key's own limits stay on.
 */
export const STOREFRONT_SERVER_DEFAULT: RateLimit = { perSecond: 5_000, burst: 10_000 };
export const PUBLISHABLE_KEY_DEFAULT: RateLimit = { perSecond: 1_000, burst: 2_000 };
export const PUBLISHABLE_IP_DEFAULT: RateLimit = { perSecond: 20, burst: 60 };

/** The default per-key limit for a role (undefined: the process default from the environment). */
export function defaultKeyLimit(role: Role, publishable: boolean): RateLimit | undefined {
  if (publishable) return PUBLISHABLE_KEY_DEFAULT;
  return role === 'storefront' ? STOREFRONT_SERVER_DEFAULT : undefined;
}

/** A limit from a rate and an optional burst (twice the rate when not given); null when no rate was set. */
export function ownLimit(perSecond: number | null | undefined, burst: number | null | undefined): RateLimit | null {
  return perSecond ? { perSecond, burst: burst ?? perSecond * 2 } : null;
}

/** `scheme://host[:port]` as browsers send it in Origin (lower case, no default port), or undefined when it is not one. */
export function normaliseOrigin(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
  return url.origin;
}
