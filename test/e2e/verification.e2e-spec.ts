import request from 'supertest';
import { INCENTIVE_TYPES } from '../../src/reviews/review-status.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Verification is decided server-side (EU Omnibus disclosure): order_match, invitation or none. */
describe('verification and incentive disclosure', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let n = 0;

  const post = (key: string, path: string, body: object): request.Test => request(t.server).post(path).set(...bearer(key)).send(body);
  const view = async (id: string, key = w.adminKey): Promise<Record<string, unknown>> => (await request(t.server).get(`/v1/reviews/${id}`).set(...bearer(key))).body;
  const purchase = async (reviewer: string, productId = w.product.id, key = w.channel.key): Promise<string> => {
    n += 1;
    const orderRef = `ORD-${Date.now()}-${n}`;
    const res = await post(key, '/v1/purchases', { orderRef, productId, reviewer: { externalId: reviewer }, purchasedAt: '2025-02-01T12:00:00Z' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), created: true });
    return orderRef;
  };
  const review = async (overrides: Record<string, unknown>, key = w.channel.key): Promise<{ id: string; status: number }> => {
    const res = await post(key, '/v1/reviews', reviewBody({ productId: w.product.id, ...overrides }));
    return { id: res.body.id, status: res.status };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  describe('order_match', () => {
    it('marks a review order_match when the same reviewer bought the same product on this channel', async () => {
      const orderRef = await purchase('buyer-1');
      const r = await review({ orderRef, reviewer: { externalId: 'buyer-1', displayName: 'Bo Buyer' } });
      expect(r.status).toBe(202);
      const full = await view(r.id);
      expect(full).toMatchObject({ verification: 'order_match', orderRef, purchaseId: expect.any(String) });
      expect(await view(r.id, w.merchant.key)).toMatchObject({ verification: 'order_match' });
    });

    it('finds the purchase by the channel SKU as well', async () => {
      n += 1;
      const orderRef = `ORD-SKU-${n}`;
      const res = await post(w.channel.key, '/v1/purchases', { orderRef, sku: w.product.sku, reviewer: { externalId: 'buyer-sku' }, purchasedAt: '2025-02-01T12:00:00Z' });
      expect(res.status).toBe(201);
      const r = await review({ orderRef, sku: w.product.sku, productId: undefined, reviewer: { externalId: 'buyer-sku' } });
      expect((await view(r.id)).verification).toBe('order_match');
    });

    it('gives none to a different reviewer quoting someone else\'s order', async () => {
      const orderRef = await purchase('buyer-2');
      const r = await review({ orderRef, reviewer: { externalId: 'impostor' } });
      expect(r.status).toBe(202);
      expect(await view(r.id)).toMatchObject({ verification: 'none', orderRef, purchaseId: null });
    });

    it('gives none when the order was for another product', async () => {
      const orderRef = await purchase('buyer-3', w.otherProduct.id);
      const r = await review({ orderRef, reviewer: { externalId: 'buyer-3' } });
      expect((await view(r.id)).verification).toBe('none');
    });

    it('gives none when the order was reported on another channel', async () => {
      const orderRef = await purchase('buyer-4', w.product.id, w.otherChannel.key);
      const r = await review({ orderRef, reviewer: { externalId: 'buyer-4' } });
      expect((await view(r.id)).verification).toBe('none');
    });

    it('gives none to an order reference nobody reported', async () => {
      const r = await review({ orderRef: 'ORD-NEVER-REPORTED', reviewer: { externalId: 'buyer-5' } });
      expect((await view(r.id)).verification).toBe('none');
    });

    it('verifies order matches inside bulk intake too', async () => {
      const orderRef = await purchase('bulk-buyer');
      const res = await post(w.channel.key, '/v1/reviews:bulk', [
        reviewBody({ productId: w.product.id, orderRef, reviewer: { externalId: 'bulk-buyer' } }),
        reviewBody({ productId: w.product.id, orderRef, reviewer: { externalId: 'bulk-impostor' } }),
      ]);
      expect(res.status).toBe(202);
      const [a, b] = res.body.results as { id: string }[];
      expect([(await view(a.id)).verification, (await view(b.id)).verification]).toEqual(['order_match', 'none']);
    });

    it('reports a purchase twice idempotently', async () => {
      const body = { orderRef: 'ORD-TWICE', productId: w.product.id, reviewer: { externalId: 'twice' }, purchasedAt: '2025-02-01T12:00:00Z' };
      const first = await post(w.channel.key, '/v1/purchases', body);
      const again = await post(w.channel.key, '/v1/purchases', body);
      expect(again.body).toEqual({ id: first.body.id, created: false });
      expect(await sql.count("SELECT count(*) AS n FROM purchases WHERE order_ref = 'ORD-TWICE'")).toBe(1);
    });

    it('lets an admin report purchases for a named channel, and requires the channel otherwise', async () => {
      const body = { orderRef: 'ORD-ADMIN', productId: w.product.id, reviewer: { externalId: 'admin-buyer' }, purchasedAt: '2025-02-01T12:00:00Z' };
      expect((await post(w.adminKey, '/v1/purchases', { ...body, channel: w.channel.code })).status).toBe(201);
      expectError(await post(w.adminKey, '/v1/purchases', body), 400, 'CHANNEL_REQUIRED');
    });

    it('validates purchases: a missing reviewer is a 400, not a crash', async () => {
      const res = await post(w.channel.key, '/v1/purchases', { orderRef: 'ORD-NO-REVIEWER', productId: w.product.id, purchasedAt: '2025-02-01T12:00:00Z' });
      expectError(res, 400, 'VALIDATION_FAILED');
    });
  });

  describe('clients cannot claim verification', () => {
    it.each([
      ['verification', { verification: 'order_match' }],
      ['verified', { verified: true }],
      ['purchaseId', { purchaseId: '00000000-0000-4000-8000-000000000001' }],
      ['incentivized', { incentivized: false }],
    ])('refuses a client-supplied %s field with 400 VALIDATION_FAILED', async (field, extra) => {
      const body = reviewBody({ productId: w.product.id, ...extra });
      const res = await post(w.channel.key, '/v1/reviews', body);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: field })]));
      expect(await sql.count('SELECT count(*) AS n FROM reviews WHERE external_id = $1', [body.externalId])).toBe(0);
    });

    it('refuses verification on PATCH as well', async () => {
      const r = await review({});
      expectError(await request(t.server).patch(`/v1/reviews/${r.id}`).set(...bearer(w.channel.key)).send({ verification: 'order_match' }), 400, 'VALIDATION_FAILED');
      expect((await view(r.id)).verification).toBe('none');
    });
  });

  describe('invitation and incentive', () => {
    it('marks an invited review as invitation', async () => {
      const r = await review({ invitationId: 'inv-123' });
      expect(await view(r.id)).toMatchObject({ verification: 'invitation', incentivized: false, incentiveType: null });
    });

    it('prefers order_match over invitation when both apply', async () => {
      const orderRef = await purchase('buyer-inv');
      const r = await review({ orderRef, invitationId: 'inv-456', reviewer: { externalId: 'buyer-inv' } });
      expect((await view(r.id)).verification).toBe('order_match');
    });

    it.each([...INCENTIVE_TYPES])('discloses an incentive of type %s', async (type) => {
      const r = await review({ incentive: { type } });
      expect(r.status).toBe(202);
      expect(await view(r.id)).toMatchObject({ incentivized: true, incentiveType: type });
    });

    it('shows verification and incentive to storefronts once published', async () => {
      const r = await review({ invitationId: 'inv-pub', incentive: { type: 'discount' } });
      await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [r.id]);
      expect(await view(r.id, w.storefrontKey)).toMatchObject({ verification: 'invitation', incentivized: true, incentiveType: 'discount' });
    });
  });
});
