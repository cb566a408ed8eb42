import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { bearer, expectError } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const SHOP = 'https://shop.example';
const EVIL = 'https://evil.example';

/** Keys with quotas: per-key limits set at creation, and publishable storefront keys (read-only, CORS per key, per-IP limits). */
describe('keys with quotas and publishable storefront keys', () => {
  let t: TestApp;
  let w: World;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    await t.app.listen(0, '127.0.0.1');
    port = (t.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const createKey = (body: Record<string, unknown>): request.Test => request(t.server).post('/v1/api-keys').set(...bearer(w.adminKey)).send({ role: 'storefront', label: 'quota test', ...body });
  const ratingPath = (): string => `/v1/products/${w.product.id}/rating`;

  /** A GET sent from a chosen loopback source address (every 127/8 address is this host). */
  function getFrom(source: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, headers, localAddress: source }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      req.on('error', reject);
    });
  }

  describe('per-key limits set at creation', () => {
    it('stores and shows the limits, and enforces them even where the default limit is off', async () => {
      const created = await createKey({ rateLimitPerSecond: 1, burst: 2 });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ rateLimitPerSecond: 1, burst: 2, publishable: false, allowedOrigins: [], ipRateLimitPerSecond: null, ipBurst: null });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await request(t.server).get(ratingPath()).set(...bearer(created.body.key))).status);
      expect(statuses.slice(0, 2)).toEqual([200, 200]);
      expect(statuses.slice(2)).toEqual([429, 429]);
      expect((await request(t.server).get(ratingPath()).set(...bearer(w.storefrontKey))).status).toBe(200);
    });

    it('defaults burst to twice the rate and leaves limits null (documented role default) when not given', async () => {
      expect((await createKey({ rateLimitPerSecond: 3000 })).body).toMatchObject({ rateLimitPerSecond: 3000, burst: 6000 });
      expect((await createKey({})).body).toMatchObject({ rateLimitPerSecond: null, burst: null });
    });
  });

  describe('publishable keys', () => {
    let pk: string;

    beforeAll(async () => {
      const created = await createKey({ publishable: true, allowedOrigins: [SHOP, 'https://m.shop.example/'] });
      expect(created.status).toBe(201);
      expect(created.body.key).toMatch(/^cnd_pk_[0-9a-f]{12}_/);
      expect(created.body).toMatchObject({ publishable: true, allowedOrigins: [SHOP, 'https://m.shop.example'], prefix: expect.stringMatching(/^cnd_pk_/) });
      pk = created.body.key;
    });

    it('answers a listed origin with its CORS headers, on the controller path and on a cache hit', async () => {
      const responses = [];
      for (let i = 0; i < 3; i += 1) responses.push(await request(t.server).get(ratingPath()).set(...bearer(pk)).set('origin', SHOP));
      for (const res of responses) {
        expect({ status: res.status, acao: res.headers['access-control-allow-origin'], vary: res.headers.vary }).toEqual({ status: 200, acao: SHOP, vary: expect.stringContaining('Origin') });
        expect(res.headers['access-control-expose-headers']).toContain('etag');
      }
      expect(responses.at(-1)?.headers['x-candor-cache']).toBe('hit');
      const reviews = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).set(...bearer(pk)).set('origin', 'https://m.shop.example');
      expect({ status: reviews.status, acao: reviews.headers['access-control-allow-origin'] }).toEqual({ status: 200, acao: 'https://m.shop.example' });
    });

    it.each([
      ['an origin it does not list', { origin: EVIL }], ['no origin at all', {}], ['a listed host on another scheme', { origin: 'http://shop.example' }],
    ])('refuses %s with 403 and no CORS headers (also once the response is cached)', async (_name, headers: Record<string, string>) => {
      const res = await request(t.server).get(ratingPath()).set(...bearer(pk)).set(headers);
      expectError(res, 403, 'FORBIDDEN');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('is read-only', async () => {
      const res = await request(t.server).post(`/v1/reviews/${w.product.id}/helpful`).set(...bearer(pk)).set('origin', SHOP).send({ shopper: 'x' });
      expectError(res, 403, 'FORBIDDEN');
      expect(res.body.message).toContain('read-only');
    });

    it('cannot be passed off as a server key (the cnd_pk_ prefix is part of the key)', async () => {
      expectError(await request(t.server).get(ratingPath()).set(...bearer(pk.replace('cnd_pk_', 'cnd_'))), 401, 'UNAUTHENTICATED');
    });

    it('gives server keys no CORS headers', async () => {
      const res = await request(t.server).get(ratingPath()).set(...bearer(w.storefrontKey)).set('origin', SHOP);
      expect({ status: res.status, acao: res.headers['access-control-allow-origin'] }).toEqual({ status: 200, acao: undefined });
    });

    it('answers the preflight of a listed origin for reads, and no other', async () => {
      const preflight = (origin: string, method: string): request.Test =>
        request(t.server).options(ratingPath()).set('origin', origin).set('access-control-request-method', method).set('access-control-request-headers', 'authorization');
      const ok = await preflight(SHOP, 'GET');
      expect(ok.status).toBe(204);
      expect(ok.headers).toMatchObject({
        'access-control-allow-origin': SHOP, 'access-control-allow-methods': 'GET, HEAD', 'access-control-max-age': '600',
        'access-control-allow-headers': expect.stringContaining('authorization'),
      });
      for (const [origin, method] of [[EVIL, 'GET'], [SHOP, 'POST'], [SHOP, 'DELETE']]) {
        const refused = await preflight(origin, method);
        expect({ origin, method, status: refused.status, acao: refused.headers['access-control-allow-origin'] }).toEqual({ origin, method, status: 204, acao: undefined });
      }
    });

    it('limits each client IP on its own, and the key as a whole', async () => {
      const created = await createKey({ publishable: true, allowedOrigins: [SHOP], ipRateLimitPerSecond: 1, ipBurst: 2, rateLimitPerSecond: 1, burst: 4 });
      expect(created.body).toMatchObject({ ipRateLimitPerSecond: 1, ipBurst: 2 });
      const headers = { authorization: `Bearer ${created.body.key}`, origin: SHOP };
      const first = [];
      for (let i = 0; i < 3; i += 1) first.push(await getFrom('127.0.0.1', ratingPath(), headers));
      expect(first.map((r) => r.status)).toEqual([200, 200, 429]);
      // A refused request still carries CORS headers, so the page can read the 429.
      expect(first[2].headers['access-control-allow-origin']).toBe(SHOP);
      const second = await getFrom('127.0.0.2', ratingPath(), headers);
      expect(second.status).toBe(200);
      // 4 tokens for the key: 2 + 1 (the third was refused per IP after it took a key token) + 1 from another IP.
      const third = await getFrom('127.0.0.3', ratingPath(), headers);
      expect(third.status).toBe(429);
    });
  });

  describe('bad input', () => {
    it.each([
      ['publishable on a merchant key', { role: 'merchant', merchantId: '00000000-0000-4000-8000-000000000000', publishable: true, allowedOrigins: [SHOP] }],
      ['a publishable key without origins', { publishable: true }],
      ['an origin with a path', { publishable: true, allowedOrigins: ['https://shop.example/widgets'] }],
      ['a wildcard origin', { publishable: true, allowedOrigins: ['*'] }],
      ['origins on a server key', { allowedOrigins: [SHOP] }],
      ['a per-IP limit on a server key', { ipRateLimitPerSecond: 5 }],
      ['burst without a rate', { burst: 10 }],
      ['a zero rate', { rateLimitPerSecond: 0 }],
      ['a fractional rate', { rateLimitPerSecond: 1.5 }],
    ])('refuses %s with 400', async (_name, body) => {
      expectError(await createKey(body), 400);
    });
  });
});
