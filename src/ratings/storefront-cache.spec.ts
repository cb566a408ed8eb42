import { jest } from '@jest/globals';
import type { AppConfigService } from '../config/app-config.service.js';
import { MAX_RENDERS_PER_PRODUCT, StorefrontCache, storefrontBody, type StorefrontBody } from './storefront-cache.js';

/** The cache without its LISTEN connection: enabled as if the listener were up. */
class ListeningCache extends StorefrontCache {
  public override get enabled(): boolean {
    return true;
  }
}

const config = { ratings: { cache: true, cacheTtlMs: 60_000 } } as unknown as AppConfigService;
const body = (n: number): StorefrontBody => storefrontBody(`"${n}"`, `{"page":${n}}`);

describe('StorefrontCache', () => {
  it('keeps at most MAX_RENDERS_PER_PRODUCT renders of one product, dropping the oldest', () => {
    const cache = new ListeningCache(config);
    const pages = MAX_RENDERS_PER_PRODUCT * 3;
    for (let n = 0; n < pages; n += 1) cache.set('product-1', `reviews:recent:20:cursor-${n}`, body(n));
    const kept = Array.from({ length: pages }, (_, n) => cache.get('product-1', `reviews:recent:20:cursor-${n}`)).filter(Boolean);
    expect(kept).toHaveLength(MAX_RENDERS_PER_PRODUCT);
    expect(cache.get('product-1', 'reviews:recent:20:cursor-0')).toBeUndefined();
    expect(cache.get('product-1', `reviews:recent:20:cursor-${pages - 1}`)?.bytes.toString()).toBe(`{"page":${pages - 1}}`);
  });

  it('replacing a render already cached does not evict another', () => {
    const cache = new ListeningCache(config);
    for (let n = 0; n < MAX_RENDERS_PER_PRODUCT; n += 1) cache.set('product-1', `k${n}`, body(n));
    cache.set('product-1', `k${MAX_RENDERS_PER_PRODUCT - 1}`, body(999));
    expect(cache.get('product-1', 'k0')?.bytes.toString()).toBe('{"page":0}');
    expect(cache.get('product-1', `k${MAX_RENDERS_PER_PRODUCT - 1}`)?.bytes.toString()).toBe('{"page":999}');
  });

  it('spreads the expiries of renders stored together over the last fifth of the TTL, never past it', () => {
    const now = Date.now();
    jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const spreads = [0, 0.5, 0.999];
      const cache = new (class extends ListeningCache {
        protected override spread(): number {
          return spreads.shift() as number;
        }
      })(config);
      for (const n of [0, 1, 2]) cache.set(`product-${n}`, 'rating', body(n));
      const expiries = [0, 1, 2].map((n) => (cache.get(`product-${n}`, 'rating')?.expiresAt ?? 0) - now);
      expect(expiries).toEqual([60_000, 54_000, 48_012]);
    } finally {
      jest.restoreAllMocks();
    }
  });
});
