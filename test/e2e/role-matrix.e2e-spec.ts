import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ApiKeysService } from '../../src/common/auth/api-keys.service.js';
import { bearer, expectError, openSql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const CALLERS = ['none', 'admin', 'moderator', 'merchant', 'otherMerchant', 'storefront', 'channel', 'otherChannel'] as const;
type Caller = (typeof CALLERS)[number];

/** 'ok' = a 2xx; 404 where the route hides that the record exists from this caller. Unlisted callers get 403; 'none' gets 401. */
type Outcome = 'ok' | 401 | 403 | 404;

interface Ctx {
  t: TestApp;
  w: World;
  reviewId: string;
  /** Published, so it can be flagged (flags, like reports, are about what shoppers see) and voted on. */
  publishedReviewId: string;
}

interface Route {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: (c: Ctx) => string | Promise<string>;
  body?: (c: Ctx, caller: Caller) => unknown;
  expect: Partial<Record<Caller, Outcome>>;
  public?: boolean;
}

const uid = (): string => randomUUID().slice(0, 8);
/** Admin keys are not bound to a channel, so their intake bodies name one. */
const channelFor = (c: Ctx, caller: Caller): Record<string, string> => (caller === 'admin' ? { channel: c.w.channel.code } : {});
const review = (c: Ctx, caller: Caller): Record<string, unknown> => reviewBody({ productId: c.w.product.id, ...channelFor(c, caller) });
const ugc = (c: Ctx, caller: Caller): Record<string, unknown> =>
  ({ externalId: `q-${uid()}`, kind: 'question', productId: c.w.product.id, body: 'Does it pack small?', reviewer: { externalId: 'asker' }, ...channelFor(c, caller) });
const INTAKE: Partial<Record<Caller, Outcome>> = { admin: 'ok', channel: 'ok', otherChannel: 'ok' };
const MERCHANT_READ: Partial<Record<Caller, Outcome>> = { admin: 'ok', moderator: 'ok', merchant: 'ok', otherMerchant: 403 };
const PRODUCT_READ: Partial<Record<Caller, Outcome>> = { admin: 'ok', moderator: 'ok', merchant: 'ok', otherMerchant: 404 };
const EVERYONE: Partial<Record<Caller, Outcome>> = Object.fromEntries(CALLERS.map((c) => [c, 'ok']));

const ROUTES: Record<string, Route> = {
  'POST /v1/reviews': { method: 'post', path: () => '/v1/reviews', body: review, expect: INTAKE },
  'POST /v1/reviews:bulk': { method: 'post', path: () => '/v1/reviews:bulk', body: (c, who) => [review(c, who)], expect: INTAKE },
  'POST /v1/ugc': { method: 'post', path: () => '/v1/ugc', body: ugc, expect: INTAKE },
  'POST /v1/ugc:bulk': { method: 'post', path: () => '/v1/ugc:bulk', body: (c, who) => [ugc(c, who)], expect: INTAKE },
  'GET /v1/reviews/:id': {
    method: 'get', path: (c) => `/v1/reviews/${c.reviewId}`,
    expect: { admin: 'ok', moderator: 'ok', merchant: 'ok', channel: 'ok', otherMerchant: 404, storefront: 404, otherChannel: 404 },
  },
  'PATCH /v1/reviews/:id': {
    method: 'patch', path: (c) => `/v1/reviews/${c.reviewId}`, body: () => ({ body: `Edited ${uid()}` }),
    expect: { admin: 'ok', channel: 'ok', otherChannel: 404 },
  },
  'POST /v1/purchases': {
    method: 'post', path: () => '/v1/purchases',
    body: (c, who) => ({ orderRef: `O-${uid()}`, productId: c.w.product.id, reviewer: { externalId: 'buyer' }, purchasedAt: '2025-01-01T00:00:00Z', ...channelFor(c, who) }),
    expect: INTAKE,
  },
  'POST /v1/merchants': { method: 'post', path: () => '/v1/merchants', body: () => ({ slug: `m-${uid()}`, name: 'New merchant' }), expect: { admin: 'ok' } },
  'GET /v1/merchants': { method: 'get', path: () => '/v1/merchants', expect: { admin: 'ok', moderator: 'ok' } },
  'GET /v1/merchants/:id': { method: 'get', path: (c) => `/v1/merchants/${c.w.merchant.id}`, expect: MERCHANT_READ },
  'GET /v1/merchants/:id/products': { method: 'get', path: (c) => `/v1/merchants/${c.w.merchant.id}/products`, expect: MERCHANT_READ },
  'POST /v1/products': {
    method: 'post', path: () => '/v1/products', body: (c) => ({ merchantId: c.w.merchant.id, sku: `sku-${uid()}`, name: 'Camp stove' }),
    expect: { admin: 'ok', merchant: 'ok', otherMerchant: 403 },
  },
  'GET /v1/products/:id': { method: 'get', path: (c) => `/v1/products/${c.w.product.id}`, expect: PRODUCT_READ },
  'GET /v1/products/:id/listings': { method: 'get', path: (c) => `/v1/products/${c.w.product.id}/listings`, expect: PRODUCT_READ },
  'POST /v1/channels': { method: 'post', path: () => '/v1/channels', body: () => ({ code: `c-${uid()}`, type: 'offline', name: 'Store' }), expect: { admin: 'ok' } },
  'GET /v1/channels': { method: 'get', path: () => '/v1/channels', expect: { admin: 'ok', moderator: 'ok' } },
  'POST /v1/channel-listings': {
    method: 'post', path: () => '/v1/channel-listings', body: (c) => ({ channel: c.w.channel.code, externalSku: `X-${uid()}`, productId: c.w.product.id }),
    expect: { admin: 'ok', channel: 'ok', otherChannel: 403 },
  },
  'GET /v1/products/:id/rating': { method: 'get', path: (c) => `/v1/products/${c.w.product.id}/rating`, expect: { admin: 'ok', storefront: 'ok' } },
  'GET /v1/products/:id/reviews': {
    method: 'get', path: (c) => `/v1/products/${c.w.product.id}/reviews?stars=4,5&verified=false&sort=helpful`, expect: { admin: 'ok', storefront: 'ok' },
  },
  'POST /v1/reviews/:id/helpful': {
    method: 'post', path: (c) => `/v1/reviews/${c.publishedReviewId}/helpful`, body: () => ({ shopper: `s-${uid()}` }), expect: { storefront: 'ok' },
  },
  'POST /v1/api-keys': { method: 'post', path: () => '/v1/api-keys', body: () => ({ role: 'storefront', label: 'matrix' }), expect: { admin: 'ok' } },
  'GET /v1/api-keys': { method: 'get', path: () => '/v1/api-keys', expect: { admin: 'ok' } },
  'DELETE /v1/api-keys/:id': {
    method: 'delete',
    path: async (c) => `/v1/api-keys/${(await c.t.app.get(ApiKeysService).create({ role: 'storefront', label: 'to revoke' })).id}`,
    expect: { admin: 'ok' },
  },
  // Idempotent per (flagger, review): the first call answers 201, a repeat 200, both 'ok'.
  'POST /v1/reviews/:id/flags': {
    method: 'post', path: (c) => `/v1/reviews/${c.publishedReviewId}/flags`, body: () => ({ reasonCode: 'spam' }),
    expect: { admin: 'ok', merchant: 'ok', otherMerchant: 404 },
  },
  'GET /v1/reviews/:id/flags': {
    method: 'get', path: (c) => `/v1/reviews/${c.publishedReviewId}/flags`, expect: { admin: 'ok', moderator: 'ok', merchant: 'ok', otherMerchant: 404 },
  },
  'GET /health': { method: 'get', path: () => '/health', expect: EVERYONE, public: true },
  'GET /docs': { method: 'get', path: () => '/docs', expect: EVERYONE, public: true },
  'GET /docs/openapi.json': { method: 'get', path: () => '/docs/openapi.json', expect: EVERYONE, public: true },
};

function expected(route: Route, caller: Caller): Outcome {
  return route.expect[caller] ?? (caller === 'none' ? 401 : 403);
}

const CASES = Object.entries(ROUTES).flatMap(([name, route]) => CALLERS.map((caller) => [name, caller, expected(route, caller)] as const));

describe('role matrix', () => {
  let ctx: Ctx;
  let keys: Record<Exclude<Caller, 'none'>, string>;

  beforeAll(async () => {
    const t = await createTestApp();
    const w = await buildWorld(t);
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    const pub = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    const sql = openSql(t);
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = $1`, [pub.body.id]);
    await sql.close();
    ctx = { t, w, reviewId: res.body.id, publishedReviewId: pub.body.id };
    keys = {
      admin: w.adminKey, moderator: w.moderatorKey, merchant: w.merchant.key, otherMerchant: w.otherMerchant.key,
      storefront: w.storefrontKey, channel: w.channel.key, otherChannel: w.otherChannel.key,
    };
  });
  afterAll(() => ctx.t.close());

  it('covers every route × caller', () => {
    expect(CASES).toHaveLength(Object.keys(ROUTES).length * CALLERS.length);
  });

  it.each(CASES)('%s as %s → %s', async (name, caller, outcome) => {
    const route = ROUTES[name];
    let req = request(ctx.t.server)[route.method](await route.path(ctx));
    if (caller !== 'none') req = req.set(...bearer(keys[caller]));
    if (route.body) req = req.send(route.body(ctx, caller) as object);
    const res = await req;
    if (outcome === 'ok') {
      expect({ status: res.status, error: res.status >= 300 ? res.body : undefined }).toEqual({ status: expect.any(Number), error: undefined });
      expect(res.status).toBeGreaterThanOrEqual(200);
    } else {
      expectError(res, outcome);
      const codes: Record<number, string[]> = { 401: ['UNAUTHENTICATED'], 403: ['FORBIDDEN', 'OUT_OF_SCOPE', 'CHANNEL_MISMATCH'], 404: ['REVIEW_NOT_FOUND', 'PRODUCT_NOT_FOUND'] };
      expect(codes[outcome]).toContain(res.body.code);
    }
  });

  describe('how keys are presented', () => {
    const get = (headers: Record<string, string>): request.Test => {
      const req = request(ctx.t.server).get('/v1/channels');
      for (const [k, v] of Object.entries(headers)) req.set(k, v);
      return req;
    };

    it('accepts the key in x-api-key', async () => {
      expect((await get({ 'x-api-key': keys.admin })).status).toBe(200);
    });

    it.each([
      ['a malformed key', { authorization: 'Bearer not-a-key' }],
      ['a well-formed key that was never issued', { authorization: `Bearer cnd_0123456789ab_${'A'.repeat(32)}` }],
      ['a Basic scheme', { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }],
      ['an empty bearer', { authorization: 'Bearer ' }],
      ['a garbage x-api-key', { 'x-api-key': 'cnd_' }],
    ])('answers 401 UNAUTHENTICATED for %s', async (_name, headers) => {
      expectError(await get(headers), 401, 'UNAUTHENTICATED');
    });

    it('answers 401 for a real key prefix with a tampered secret', async () => {
      const tampered = keys.admin.slice(0, -4) + (keys.admin.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      expectError(await get({ authorization: `Bearer ${tampered}` }), 401, 'UNAUTHENTICATED');
    });

    it('refuses a revoked key immediately', async () => {
      const created = await request(ctx.t.server).post('/v1/api-keys').set(...bearer(keys.admin)).send({ role: 'moderator', label: 'short-lived' });
      expect(created.status).toBe(201);
      expect((await get({ authorization: `Bearer ${created.body.key}` })).status).toBe(200);
      const revoked = await request(ctx.t.server).delete(`/v1/api-keys/${created.body.id}`).set(...bearer(keys.admin));
      expect(revoked.status).toBe(204);
      expectError(await get({ authorization: `Bearer ${created.body.key}` }), 401, 'UNAUTHENTICATED');
    });
  });

  describe('the review analysis by role (field-level contract: review-views.e2e-spec.ts)', () => {
    it('gives staff the fraud internals, the owning merchant sentiment and aspects only, channels nothing of it', async () => {
      const view = async (key: string): Promise<Record<string, any>> => (await request(ctx.t.server).get(`/v1/reviews/${ctx.reviewId}`).set(...bearer(key))).body;
      for (const key of [keys.admin, keys.moderator]) expect(Object.keys((await view(key)).analysis)).toEqual(expect.arrayContaining(['sentiment', 'aspects', 'fakeScore', 'signals']));
      const merchant = await view(keys.merchant);
      expect(Object.keys(merchant.analysis).sort()).toEqual(['aspects', 'declaredLanguage', 'detectedLanguage', 'scoredRevision', 'sentiment']);
      const channel = await view(keys.channel);
      expect(channel).not.toHaveProperty('analysis');
      for (const d of channel.decisions) expect(d).not.toHaveProperty('facts');
    });
  });

  describe('merchants reaching for another merchant\'s records', () => {
    it('cannot read, list or add products for another merchant, nor read its reviews', async () => {
      const { w } = ctx;
      const other = bearer(w.otherMerchant.key);
      expectError(await request(ctx.t.server).get(`/v1/merchants/${w.merchant.id}`).set(...other), 403, 'OUT_OF_SCOPE');
      expectError(await request(ctx.t.server).get(`/v1/merchants/${w.merchant.id}/products`).set(...other), 403, 'OUT_OF_SCOPE');
      expectError(await request(ctx.t.server).get(`/v1/products/${w.product.id}`).set(...other), 404, 'PRODUCT_NOT_FOUND');
      expectError(await request(ctx.t.server).get(`/v1/products/${w.product.id}/listings`).set(...other), 404, 'PRODUCT_NOT_FOUND');
      expectError(await request(ctx.t.server).get(`/v1/reviews/${ctx.reviewId}`).set(...other), 404, 'REVIEW_NOT_FOUND');
      const post = await request(ctx.t.server).post('/v1/products').set(...other).send({ merchantId: w.merchant.id, sku: `sku-${uid()}`, name: 'Sneaky' });
      expectError(post, 403, 'OUT_OF_SCOPE');
    });

    it('still reads its own records', async () => {
      const { w } = ctx;
      const own = bearer(w.otherMerchant.key);
      expect((await request(ctx.t.server).get(`/v1/merchants/${w.otherMerchant.id}`).set(...own)).status).toBe(200);
      expect((await request(ctx.t.server).get(`/v1/products/${w.otherProduct.id}`).set(...own)).status).toBe(200);
    });
  });
});
