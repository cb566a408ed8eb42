import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const uid = (): string => randomUUID().slice(0, 8);

describe('catalog and API key administration', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const as = (key: string) => ({
    get: (path: string): request.Test => request(t.server).get(path).set(...bearer(key)),
    post: (path: string, body: object): request.Test => request(t.server).post(path).set(...bearer(key)).send(body),
    delete: (path: string): request.Test => request(t.server).delete(path).set(...bearer(key)),
  });

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  describe('merchants', () => {
    it('creates, lists and reads a merchant', async () => {
      const slug = `shop-${uid()}`;
      const created = await as(w.adminKey).post('/v1/merchants', { slug, name: 'Corner Shop' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.any(String), slug, name: 'Corner Shop', createdAt: expect.any(String) });
      const list = await as(w.moderatorKey).get('/v1/merchants?limit=500');
      expect(list.body.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([created.body.id, w.merchant.id, w.otherMerchant.id]));
      expect((await as(w.adminKey).get(`/v1/merchants/${created.body.id}`)).body).toEqual(created.body);
    });

    it('pages the merchant list and validates paging', async () => {
      const page = await as(w.adminKey).get('/v1/merchants?limit=1&offset=0');
      expect(page.status).toBe(200);
      expect(page.body).toHaveLength(1);
      expectError(await as(w.adminKey).get('/v1/merchants?limit=0'), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).get('/v1/merchants?limit=abc'), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).get('/v1/merchants?sort=name'), 400, 'VALIDATION_FAILED');
    });

    it('refuses a taken slug with 409 and a bad slug with 400', async () => {
      const slug = `dup-${uid()}`;
      await as(w.adminKey).post('/v1/merchants', { slug, name: 'One' });
      expectError(await as(w.adminKey).post('/v1/merchants', { slug, name: 'Two' }), 409, 'DUPLICATE_MERCHANT_SLUG');
      expectError(await as(w.adminKey).post('/v1/merchants', { slug: 'Has Spaces', name: 'X' }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/merchants', { slug: `s-${uid()}`, name: 'X', extra: 1 }), 400, 'VALIDATION_FAILED');
    });

    it('answers 404 for an unknown merchant', async () => {
      expectError(await as(w.adminKey).get(`/v1/merchants/${randomUUID()}`), 404, 'MERCHANT_NOT_FOUND');
    });
  });

  describe('products', () => {
    it('lets a merchant key add a product to its own merchant and list it', async () => {
      const sku = `own-${uid()}`;
      const created = await as(w.merchant.key).post('/v1/products', { merchantId: w.merchant.id, sku, name: 'Sleeping bag' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ merchantId: w.merchant.id, sku, name: 'Sleeping bag' });
      const list = await as(w.merchant.key).get(`/v1/merchants/${w.merchant.id}/products`);
      expect(list.body.map((p: { sku: string }) => p.sku)).toContain(sku);
      expect((await as(w.merchant.key).get(`/v1/products/${created.body.id}`)).body).toEqual(created.body);
    });

    it('refuses a duplicate SKU per merchant (409) but allows the same SKU at another merchant', async () => {
      const sku = `same-${uid()}`;
      expect((await as(w.adminKey).post('/v1/products', { merchantId: w.merchant.id, sku, name: 'A' })).status).toBe(201);
      expectError(await as(w.adminKey).post('/v1/products', { merchantId: w.merchant.id, sku, name: 'B' }), 409, 'DUPLICATE_PRODUCT_SKU');
      expect((await as(w.adminKey).post('/v1/products', { merchantId: w.otherMerchant.id, sku, name: 'C' })).status).toBe(201);
    });

    it('answers 404 for a product of a merchant that does not exist', async () => {
      expectError(await as(w.adminKey).post('/v1/products', { merchantId: randomUUID(), sku: 'x', name: 'x' }), 404, 'MERCHANT_NOT_FOUND');
    });

    it('lists a product\'s channel listings', async () => {
      const listings = await as(w.merchant.key).get(`/v1/products/${w.product.id}/listings`);
      expect(listings.status).toBe(200);
      expect(listings.body.map((l: { channelId: string; externalSku: string }) => [l.channelId, l.externalSku]).sort()).toEqual([
        [w.channel.id, w.product.sku], [w.otherChannel.id, w.product.sku.replace(/^W-/, 'A-')],
      ].sort());
    });
  });

  describe('channels and listings', () => {
    it('creates and lists channels of every type', async () => {
      for (const type of ['web', 'app', 'mini_program', 'social', 'live_stream', 'offline', 'marketplace_import', 'other']) {
        const res = await as(w.adminKey).post('/v1/channels', { code: `${type.replace('_', '-')}-${uid()}`, type, name: type });
        expect({ type, status: res.status }).toEqual({ type, status: 201 });
      }
      const list = await as(w.moderatorKey).get('/v1/channels');
      expect(list.body.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining([w.channel.code, w.otherChannel.code]));
    });

    it('refuses an unknown channel type (400) and a taken code (409)', async () => {
      expectError(await as(w.adminKey).post('/v1/channels', { code: `tv-${uid()}`, type: 'television', name: 'TV' }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/channels', { code: w.channel.code, type: 'web', name: 'Again' }), 409, 'DUPLICATE_CHANNEL_CODE');
    });

    it('lets a channel key map its own SKU, then take reviews by that SKU', async () => {
      const externalSku = `OWN-${uid()}`;
      const mapped = await as(w.channel.key).post('/v1/channel-listings', { channel: w.channel.code, externalSku, productId: w.otherProduct.id });
      expect(mapped.status).toBe(201);
      expect(mapped.body).toMatchObject({ channelId: w.channel.id, externalSku, productId: w.otherProduct.id });
      const review = await as(w.channel.key).post('/v1/reviews', reviewBody({ sku: externalSku }));
      expect(review.status).toBe(202);
      const [row] = await sql.query<{ product_id: string; merchant_id: string }>('SELECT product_id, merchant_id FROM reviews WHERE id = $1', [review.body.id]);
      expect(row).toEqual({ product_id: w.otherProduct.id, merchant_id: w.otherMerchant.id });
    });

    it('refuses a listing on another channel (403), a duplicate mapping (409), unknown channel (404) and product (404)', async () => {
      expectError(await as(w.otherChannel.key).post('/v1/channel-listings', { channel: w.channel.code, externalSku: `X-${uid()}`, productId: w.product.id }), 403, 'OUT_OF_SCOPE');
      expectError(await as(w.adminKey).post('/v1/channel-listings', { channel: w.channel.code, externalSku: w.product.sku, productId: w.product.id }), 409, 'DUPLICATE_LISTING');
      expectError(await as(w.adminKey).post('/v1/channel-listings', { channel: 'nope', externalSku: 'x', productId: w.product.id }), 404, 'CHANNEL_NOT_FOUND');
      expectError(await as(w.adminKey).post('/v1/channel-listings', { channel: w.channel.code, externalSku: `Y-${uid()}`, productId: randomUUID() }), 404, 'PRODUCT_NOT_FOUND');
    });
  });

  describe('API keys', () => {
    it('shows the full key once, stores only a hash, and lists the visible prefix', async () => {
      const created = await as(w.adminKey).post('/v1/api-keys', { role: 'channel', label: 'POS import', channelId: w.channel.id });
      expect(created.status).toBe(201);
      expect(created.body.key).toMatch(/^cnd_[0-9a-f]{12}_[A-Za-z0-9_-]{32,64}$/);
      expect(created.body.key.startsWith(`${created.body.prefix}_`)).toBe(true);
      const list = await as(w.adminKey).get('/v1/api-keys');
      const listed = list.body.find((k: { id: string }) => k.id === created.body.id);
      expect(listed).toMatchObject({ prefix: created.body.prefix, role: 'channel', channelId: w.channel.id, revokedAt: null });
      expect(listed).not.toHaveProperty('key');
      expect(JSON.stringify(list.body)).not.toContain(created.body.key);
      const secret = created.body.key.split('_').slice(2).join('_');
      expect(await sql.count('SELECT count(*) AS n FROM api_keys WHERE secret_hash LIKE $1 OR secret_hash = $2', [`%${secret}%`, secret])).toBe(0);
      const works = await request(t.server).post('/v1/reviews').set(...bearer(created.body.key)).send(reviewBody({ productId: w.product.id }));
      expect(works.status).toBe(202);
    });

    it('enforces the scope rules of each role', async () => {
      expectError(await as(w.adminKey).post('/v1/api-keys', { role: 'merchant', label: 'no scope' }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/api-keys', { role: 'channel', label: 'no scope' }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/api-keys', { role: 'admin', label: 'scoped', merchantId: w.merchant.id }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/api-keys', { role: 'merchant', label: 'ghost', merchantId: randomUUID() }), 400, 'VALIDATION_FAILED');
      expectError(await as(w.adminKey).post('/v1/api-keys', { role: 'superuser', label: 'x' }), 400, 'VALIDATION_FAILED');
    });

    it('revokes a key (204), then 404 on a second revoke', async () => {
      const created = await as(w.adminKey).post('/v1/api-keys', { role: 'storefront', label: 'temp' });
      expect((await as(w.adminKey).delete(`/v1/api-keys/${created.body.id}`)).status).toBe(204);
      expectError(await as(w.adminKey).delete(`/v1/api-keys/${created.body.id}`), 404, 'NOT_FOUND');
      expectError(await as(created.body.key).get('/v1/channels'), 401, 'UNAUTHENTICATED');
      const list = await as(w.adminKey).get('/v1/api-keys');
      expect(list.body.find((k: { id: string }) => k.id === created.body.id).revokedAt).toEqual(expect.any(String));
    });
  });
});
