import pg from 'pg';
import request from 'supertest';
import { ApiKeysService } from '../../src/common/auth/api-keys.service.js';
import { STOREFRONT_CHANGED_CHANNEL, StorefrontCache, storefrontBody } from '../../src/ratings/storefront-cache.js';
import { StorefrontChangeRelay } from '../../src/ratings/storefront-change-relay.js';
import { StorefrontCacheWarmer } from '../../src/ratings/storefront-cache-warmer.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { waitFor } from '../utils/test-worker.js';

const HIT = 'x-candor-cache';

/**
 * Cached storefront responses are answered in a Fastify hook before Nest's pipeline: the
 * answer, the checks and the errors must be the ones the controller path gives.
 */
describe('storefront cached responses', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATING_PRIOR_MEAN: '4' } });
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  /** `null`: no key at all. */
  const get = (path: string, key: string | null = w.storefrontKey): request.Test => {
    const req = request(t.server).get(path);
    return key === null ? req : req.set(...bearer(key));
  };
  const ratingPath = (productId = w.product.id): string => `/v1/products/${productId}/rating`;

  it('answers a repeated read from the cache with the same bytes, ETag and headers', async () => {
    const miss = await get(ratingPath());
    const hit = await get(ratingPath());
    expect({ miss: miss.status, hit: hit.status, missFlag: miss.headers[HIT], hitFlag: hit.headers[HIT] }).toEqual({ miss: 200, hit: 200, missFlag: undefined, hitFlag: 'hit' });
    expect(hit.text).toBe(miss.text);
    for (const header of ['etag', 'cache-control', 'content-type', 'x-content-type-options', 'content-security-policy', 'strict-transport-security']) {
      expect([header, hit.headers[header]]).toEqual([header, miss.headers[header]]);
    }
    expect(hit.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hit.headers['x-request-id']).not.toBe(miss.headers['x-request-id']);
  });

  /** Every header but the ones that differ per response by design. */
  const sameHeaders = (res: request.Response): Record<string, unknown> => {
    const { date: _date, 'x-request-id': _id, [HIT]: _flag, ...rest } = res.headers as Record<string, unknown>;
    return rest;
  };

  it('answers a hit with exactly the headers of the full path: 200, 304, a client request id, a publishable key from its origin', async () => {
    const publishable = (await t.app.get(ApiKeysService).create({ role: 'storefront', label: 'widget', publishable: true, allowedOrigins: ['https://shop.example'] })).key;
    for (const [path, key, origin] of [[ratingPath(w.otherProduct.id), w.storefrontKey, undefined], [`/v1/products/${w.otherProduct.id}/reviews?limit=3&sort=recent`, w.storefrontKey, undefined],
      [`/v1/products/${w.otherProduct.id}/reviews?limit=4`, publishable, 'https://shop.example']] as const) {
      t.app.get(StorefrontCache).invalidate(w.otherProduct.id);
      const send = (extra: Record<string, string> = {}): request.Test => {
        const req = get(path, key).set(extra);
        return origin ? req.set('origin', origin) : req;
      };
      const miss = await send();
      const hit = await send({ 'x-request-id': 'client-chosen-id' });
      expect({ path, miss: miss.status, hit: hit.status, missFlag: miss.headers[HIT], hitFlag: hit.headers[HIT], id: hit.headers['x-request-id'], same: hit.text === miss.text })
        .toEqual({ path, miss: 200, hit: 200, missFlag: undefined, hitFlag: 'hit', id: 'client-chosen-id', same: true });
      expect(sameHeaders(hit)).toEqual(sameHeaders(miss));
      // A 304 of the full path (a miss) and of a hit, with a weak validator in a list.
      t.app.get(StorefrontCache).invalidate(w.otherProduct.id);
      const notModified = await send({ 'if-none-match': `"other", W/${miss.headers.etag}` });
      const cached = await send({ 'if-none-match': `"other", W/${miss.headers.etag}` });
      expect({ full: notModified.status, hit: cached.status, flag: cached.headers[HIT], body: cached.text }).toEqual({ full: 304, hit: 304, flag: 'hit', body: '' });
      expect(sameHeaders(cached)).toEqual(sameHeaders(notModified));
    }
  });

  it('answers If-None-Match on a cached read with 304', async () => {
    const first = await get(ratingPath());
    const res = await get(ratingPath()).set('if-none-match', first.headers.etag);
    expect({ status: res.status, flag: res.headers[HIT], body: res.text }).toEqual({ status: 304, flag: 'hit', body: '' });
  });

  it('checks the key and role on a cached read exactly as the guard does', async () => {
    await get(ratingPath());
    for (const [key, status] of [[null, 401], ['cnd_000000000000_wrong', 401], [w.merchant.key, 403], [w.moderatorKey, 403], [w.channel.key, 403]] as const) {
      const res = await get(ratingPath(), key);
      expectError(res, status);
      expect(res.headers[HIT]).toBeUndefined();
    }
    expect((await get(ratingPath(), w.adminKey)).headers[HIT]).toBe('hit');
  });

  it('sends unusual or invalid review queries through full validation even when the page is cached', async () => {
    const reviews = `/v1/products/${w.product.id}/reviews`;
    expect((await get(`${reviews}?limit=10`)).status).toBe(200);
    expect((await get(`${reviews}?limit=10`)).headers[HIT]).toBe('hit');
    expectError(await get(`${reviews}?limit=10&merchantId=x`), 400);
    expectError(await get(`${reviews}?limit=10&limit=10`), 400);
    const padded = await get(`${reviews}?limit=010`);
    expect({ status: padded.status, flag: padded.headers[HIT] }).toEqual({ status: 200, flag: undefined });
  });

  it('stops answering a product from the cache once its aggregate changes', async () => {
    const before = (await get(ratingPath())).body as { aggregateVersion: string; count: number };
    const posted = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, rating: 2 }));
    expect(posted.status).toBe(202);
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = $1`, [posted.body.id]);
    const after = await waitFor(async () => {
      const res = await get(ratingPath());
      return res.body.aggregateVersion !== before.aggregateVersion ? res : undefined;
    }, 'changed rating');
    expect(after.body.count).toBe(before.count + 1);
    expect((await get(ratingPath())).headers[HIT]).toBe('hit');
  });

  it('records a rating change in the writer\'s transaction and relays it in one batched notification', async () => {
    const listener = new pg.Client({ connectionString: t.db.url });
    await listener.connect();
    const payloads: string[] = [];
    listener.on('notification', (msg) => payloads.push(msg.payload ?? ''));
    await listener.query(`LISTEN ${STOREFRONT_CHANGED_CHANNEL}`);
    try {
      const posted = await Promise.all([w.product.id, w.otherProduct.id, w.product.id].map(async (productId) => {
        const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId, rating: 4 }));
        expect(res.status).toBe(202);
        return res.body.id as string;
      }));
      // One statement publishes all three, so their change rows commit together and the relay takes them in one pass.
      await sql.query(`UPDATE reviews SET status = 'published' WHERE id = ANY($1::uuid[])`, [posted]);
      const relayed = await waitFor(async () => (payloads.some((p) => p.includes(w.otherProduct.id)) ? payloads : undefined), 'the relayed change');
      const ids = relayed.flatMap((p) => p.split(','));
      expect(ids).toEqual(expect.arrayContaining([w.product.id, w.otherProduct.id]));
      // One product id once per batch, never a notification per row.
      expect(new Set(ids).size).toBe(ids.length);
      expect(await sql.count('SELECT count(*) AS n FROM storefront_changes')).toBe(0);
      expect(await t.app.get(StorefrontChangeRelay).pass()).toEqual({ taken: 0, notifications: 0 });
    } finally {
      await listener.end();
    }
  });

  it('does not store a render whose read began before an invalidation of that product', () => {
    const cache = t.app.get(StorefrontCache);
    const readAt = cache.readGeneration();
    cache.invalidate(w.otherProduct.id);
    cache.set(w.otherProduct.id, 'probe', storefrontBody('"x"', '{}'), readAt);
    expect(cache.get(w.otherProduct.id, 'probe')).toBeUndefined();
    cache.set(w.otherProduct.id, 'probe', storefrontBody('"x"', '{}'), cache.readGeneration());
    expect(cache.get(w.otherProduct.id, 'probe')).toBeDefined();
    cache.invalidate(w.otherProduct.id);
  });

  it('warms the most-rated products so their first read is already a hit', async () => {
    t.app.get(StorefrontCache).invalidate('*');
    const rendered = await t.app.get(StorefrontCacheWarmer).warm(10);
    expect(rendered).toBeGreaterThanOrEqual(2);
    const first = await get(ratingPath(w.otherProduct.id));
    expect({ status: first.status, flag: first.headers[HIT] }).toEqual({ status: 200, flag: 'hit' });
    expect(first.body.productId).toBe(w.otherProduct.id);
  });
});

describe('storefront cached responses under a rate limit', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // A burst large enough for buildWorld's admin requests; refill slow enough that the loop below runs dry.
    t = await createTestApp({ env: { RATING_PRIOR_MEAN: '4', RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '100' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('spends the same per-key budget on hits and answers 429 with Retry-After', async () => {
    // Storefront server keys default to thousands of requests/s; this key gets its own small budget.
    const { key } = await t.app.get(ApiKeysService).create({ role: 'storefront', label: 'slow storefront', rateLimitPerSecond: 1, burst: 100 });
    const path = `/v1/products/${w.product.id}/rating`;
    let hits = 0;
    let limited: request.Response | undefined;
    for (let i = 0; i < 300 && !limited; i += 1) {
      const res = await request(t.server).get(path).set(...bearer(key));
      if (res.status === 429) limited = res;
      else if (res.headers[HIT] === 'hit') hits += 1;
    }
    expect(hits).toBeGreaterThan(90);
    expect(limited).toBeDefined();
    expectError(limited as request.Response, 429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
