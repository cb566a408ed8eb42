import type { AppConfigService } from '../../config/app-config.service.js';
import type { Clock } from '../clock/clock.js';
import { ApiKeyCache, KEY_REFRESH_AFTER_MS, KEY_TTL_MS } from './api-key-cache.js';
import type { ApiKeyEntity } from './api-key.entity.js';
import { generateApiKey, hashSecret } from './api-key-format.js';
import type { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';

const PEPPER = 'pepper';
const config = { apiKeyPepper: PEPPER } as unknown as AppConfigService;

/** A settable clock, a repository answering from one row (null once revoked), and a cache whose listener is "up". */
function setUp() {
  const generated = generateApiKey();
  const key = generated.key;
  let row: ApiKeyEntity | null = {
    id: 'key-1', prefix: generated.prefix, secretHash: hashSecret(PEPPER, generated.secret), role: 'storefront', principalId: 'p-1',
    merchantId: null, channelId: null, senior: false, publishable: false, allowedOrigins: [], rateLimitPerSecond: 100, rateLimitBurst: 200,
    ipRateLimitPerSecond: null, ipRateLimitBurst: null,
  } as unknown as ApiKeyEntity;
  const time = { now: 1_000_000 };
  const clock = { now: () => new Date(time.now) } as Clock;
  const reads: { resolve(): void }[] = [];
  const repo = {
    findActiveByPrefix: () => new Promise<ApiKeyEntity | null>((resolve) => reads.push({ resolve: () => resolve(row) })),
  } as unknown as ApiKeysRepository;
  const cache = new ApiKeyCache(config);
  Object.assign(cache, { listening: true });
  const service = new ApiKeysService(cache, repo, config, clock);
  const settle = async (): Promise<void> => {
    for (const read of reads.splice(0)) read.resolve();
    await new Promise((resolve) => setImmediate(resolve));
  };
  /** The key verified once (a lookup), then the clock moved to when its entry is due for renewal. */
  const verifiedAndDue = async (): Promise<void> => {
    const first = service.authenticate(key);
    await settle();
    await first;
    time.now += KEY_REFRESH_AFTER_MS;
  };
  return { key, service, cache, time, reads, settle, verifiedAndDue, revoke: () => (row = null), setLimit: (perSecond: number) => row && (row.rateLimitPerSecond = perSecond) };
}

describe('ApiKeysService key cache renewal (storefront latency tail)', () => {
  it('requests presenting the same key at once share one lookup', async () => {
    const { key, service, reads, settle } = setUp();
    const answers = Promise.all([service.authenticate(key), service.authenticate(key), service.authenticate(key)]);
    expect(reads).toHaveLength(1);
    await settle();
    expect((await answers).map((auth) => auth.keyId)).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('a key in steady use is renewed in the background before it expires, and never leaves the cache', async () => {
    const { key, service, time, reads, settle, setLimit } = setUp();
    const first = service.authenticate(key);
    await settle();
    await first;
    time.now += KEY_REFRESH_AFTER_MS - 1;
    expect(service.fromCache(key)?.rateLimit?.perSecond).toBe(100);
    expect(reads).toHaveLength(0);
    time.now += 1;
    setLimit(300);
    // Due: still answered from the cache, and one background read starts (not one per request).
    expect(service.fromCache(key)?.keyId).toBe('key-1');
    expect(service.fromCache(key)?.keyId).toBe('key-1');
    expect(reads).toHaveLength(1);
    await settle();
    // Past the first entry's expiry the renewed one answers, with the key's changed limit.
    time.now += KEY_TTL_MS - KEY_REFRESH_AFTER_MS + 1;
    expect(service.fromCache(key)?.rateLimit?.perSecond).toBe(300);
  });

  it('a renewal finding the key revoked drops it', async () => {
    const { key, service, settle, revoke, verifiedAndDue } = setUp();
    await verifiedAndDue();
    revoke();
    expect(service.fromCache(key)).toBeDefined();
    await settle();
    expect(service.fromCache(key)).toBeUndefined();
  });

  it('a revocation arriving while a renewal reads the key is not undone by the renewal', async () => {
    const { key, service, cache, settle, verifiedAndDue } = setUp();
    await verifiedAndDue();
    expect(service.fromCache(key)).toBeDefined();
    // The NOTIFY of a revocation committed after the renewal's read: the read still saw the key active.
    cache.forget();
    await settle();
    expect(service.fromCache(key)).toBeUndefined();
  });
});
