import request from 'supertest';
import { bearer, openSql, PRIVATE_FIELDS, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('review intake (single)', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const post = (key: string, body: object): request.Test => request(t.server).post('/v1/reviews').set(...bearer(key)).send(body);
  const get = (key: string, id: string): request.Test => request(t.server).get(`/v1/reviews/${id}`).set(...bearer(key));
  const rowsFor = (channelId: string, externalId: string): Promise<number> =>
    sql.count('SELECT count(*) AS n FROM reviews WHERE channel_id = $1 AND external_id = $2', [channelId, externalId]);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  describe('paths in', () => {
    it('accepts a review with 202, commits it, and serves it back by id', async () => {
      const res = await post(w.channel.key, reviewBody({ productId: w.product.id }));
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ id: expect.any(String), status: 'accepted', reviewStatus: 'received' });
      const got = await get(w.adminKey, res.body.id);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({
        id: res.body.id, kind: 'review', productId: w.product.id, rating: 4, verification: 'none', author: 'A***e S.',
        channel: { code: w.channel.code }, status: 'received', edited: false, revision: 1, history: [], merchantId: w.merchant.id,
      });
    });

    it('resolves the product from the channel SKU mapping', async () => {
      const res = await post(w.channel.key, reviewBody({ sku: w.product.sku }));
      expect(res.status).toBe(202);
      const got = await get(w.adminKey, res.body.id);
      expect(got.body).toMatchObject({ productId: w.product.id, merchantId: w.merchant.id });
    });

    it('resolves a SKU only within the posting channel', async () => {
      // otherProduct is mapped on the first channel only
      const res = await post(w.otherChannel.key, reviewBody({ sku: w.otherProduct.sku }));
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('UNKNOWN_PRODUCT');
    });

    it('lets an admin key submit when it names the channel, and requires the channel otherwise', async () => {
      const named = await post(w.adminKey, reviewBody({ channel: w.otherChannel.code, productId: w.product.id }));
      expect(named.status).toBe(202);
      expect((await get(w.adminKey, named.body.id)).body.channel).toEqual({ code: w.otherChannel.code, type: 'app' });
      const unnamed = await post(w.adminKey, reviewBody({ productId: w.product.id }));
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.code).toBe('CHANNEL_REQUIRED');
    });

    it('lets a channel key name its own channel explicitly', async () => {
      const res = await post(w.channel.key, reviewBody({ channel: w.channel.code, productId: w.product.id }));
      expect(res.status).toBe(202);
    });

    it('requires a product reference', async () => {
      const res = await post(w.channel.key, reviewBody());
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('PRODUCT_REF_REQUIRED');
    });

    it('keeps optional fields (language, media, submittedAt)', async () => {
      const body = reviewBody({
        productId: w.product.id, language: 'zh-CN', body: '帐篷很好，十分钟搭好。', mediaUrls: ['https://cdn.example.com/a.jpg'],
        submittedAt: '2025-03-01T10:00:00.000Z',
      });
      const res = await post(w.channel.key, body);
      expect(res.status).toBe(202);
      expect((await get(w.adminKey, res.body.id)).body).toMatchObject({
        language: 'zh-CN', body: '帐篷很好，十分钟搭好。', mediaUrls: ['https://cdn.example.com/a.jpg'], submittedAt: '2025-03-01T10:00:00.000Z',
      });
    });
  });

  describe('committed before acknowledged', () => {
    it('has the review row and its outbox event in the database as soon as 202 returns', async () => {
      const body = reviewBody({ productId: w.product.id });
      const res = await post(w.channel.key, body);
      expect(res.status).toBe(202);
      const rows = await sql.query('SELECT external_id, status, body FROM reviews WHERE id = $1', [res.body.id]);
      expect(rows).toEqual([{ external_id: body.externalId, status: 'received', body: body.body }]);
      const events = await sql.query("SELECT topic, aggregate_type FROM outbox_events WHERE aggregate_id = $1", [res.body.id]);
      expect(events).toEqual([{ topic: 'review.received', aggregate_type: 'review' }]);
    });
  });

  describe('idempotency on (channel, externalId)', () => {
    it('answers a replay with 200 duplicate, the same id, and keeps exactly one row', async () => {
      const body = reviewBody({ productId: w.product.id });
      const first = await post(w.channel.key, body);
      const again = await post(w.channel.key, body);
      expect(first.status).toBe(202);
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ id: first.body.id, status: 'duplicate', reviewStatus: 'received' });
      expect(await rowsFor(w.channel.id, body.externalId as string)).toBe(1);
      expect(await sql.count('SELECT count(*) AS n FROM outbox_events WHERE aggregate_id = $1', [first.body.id])).toBe(1);
    });

    it('treats the same externalId on another channel as a different review', async () => {
      const body = reviewBody({ productId: w.product.id });
      const a = await post(w.channel.key, body);
      const b = await post(w.otherChannel.key, body);
      expect([a.status, b.status]).toEqual([202, 202]);
      expect(a.body.id).not.toBe(b.body.id);
    });

    // submittedAt is part of the review's identity: changing it is refused (intake-identity.e2e-spec.ts).
    it('treats a replay that differs only in request metadata (ip, device) as a duplicate', async () => {
      const body = reviewBody({ productId: w.product.id });
      const first = await post(w.channel.key, body);
      const again = await post(w.channel.key, { ...body, ip: '203.0.113.9', deviceId: 'device-2' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, status: 'duplicate' });
    });

    it('stores one row when 10 identical POSTs race: one accepted, nine duplicates', async () => {
      const body = reviewBody({ productId: w.product.id });
      const results = await Promise.all(Array.from({ length: 10 }, () => post(w.channel.key, body)));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 202]);
      expect(results.filter((r) => r.body.status === 'accepted')).toHaveLength(1);
      expect(results.filter((r) => r.body.status === 'duplicate')).toHaveLength(9);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(await rowsFor(w.channel.id, body.externalId as string)).toBe(1);
    });

    it('stores one row per distinct review when many different reviews race', async () => {
      const bodies = Array.from({ length: 20 }, () => reviewBody({ productId: w.product.id, reviewer: { externalId: 'same-reviewer' } }));
      const results = await Promise.all(bodies.map((b) => post(w.channel.key, b)));
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(202));
      expect(new Set(results.map((r) => r.body.id)).size).toBe(20);
    });
  });

  describe('text is data, never markup', () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(1)>';

    it('stores script-laden text verbatim and returns it as JSON text', async () => {
      const res = await post(w.channel.key, reviewBody({ productId: w.product.id, title: script, body: script, reviewer: { externalId: 'x', displayName: script } }));
      expect(res.status).toBe(202);
      const got = await get(w.adminKey, res.body.id);
      expect(got.headers['content-type']).toMatch(/^application\/json/);
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.body.body).toBe(script);
      expect(got.body.title).toBe(script);
      const [row] = await sql.query<{ body: string }>('SELECT body FROM reviews WHERE id = $1', [res.body.id]);
      expect(row.body).toBe(script);
    });

    it('keeps emoji, CJK and combining characters intact', async () => {
      const text = 'Great 👍🏽 很好 café (e\u0301)';
      const res = await post(w.channel.key, reviewBody({ productId: w.product.id, body: text }));
      expect(res.status).toBe(202);
      expect((await get(w.adminKey, res.body.id)).body.body).toBe(text);
    });
  });

  describe('role-filtered views', () => {
    let reviewId: string;
    const secretIp = '198.51.100.23';
    const secretDevice = 'device-secret-42';

    beforeAll(async () => {
      const res = await post(w.channel.key, reviewBody({ productId: w.product.id, ip: secretIp, deviceId: secretDevice, orderRef: 'ORD-SECRET-1' }));
      reviewId = res.body.id;
    });

    it('gives staff and the submitting channel the full view with hashed identifiers only', async () => {
      for (const key of [w.adminKey, w.moderatorKey, w.channel.key]) {
        const got = await get(key, reviewId);
        expect(got.status).toBe(200);
        expect(got.body).toMatchObject({ orderRef: 'ORD-SECRET-1', history: [], decisions: [], reviewerId: expect.any(String) });
        expect(got.body.ipHash).toEqual(expect.any(String));
        expect(JSON.stringify(got.body)).not.toContain(secretIp);
        expect(JSON.stringify(got.body)).not.toContain(secretDevice);
      }
    });

    it('hides the review from another channel', async () => {
      const got = await get(w.otherChannel.key, reviewId);
      expect(got.status).toBe(404);
      expect(got.body.code).toBe('REVIEW_NOT_FOUND');
    });

    it('gives the owning merchant a view without PII, and hides it from other merchants', async () => {
      const mine = await get(w.merchant.key, reviewId);
      expect(mine.status).toBe(200);
      expect(mine.body).toMatchObject({ id: reviewId, status: 'received', merchantId: w.merchant.id, author: 'A***e S.' });
      for (const field of PRIVATE_FIELDS) expect(mine.body).not.toHaveProperty(field);
      expect(JSON.stringify(mine.body)).not.toContain('Alice Smith');
      expect((await get(w.otherMerchant.key, reviewId)).status).toBe(404);
    });

    it('hides an unpublished review from storefronts and shows it once published, without PII', async () => {
      expect((await get(w.storefrontKey, reviewId)).status).toBe(404);
      await sql.query("UPDATE reviews SET status = 'published' WHERE id = $1", [reviewId]);
      const published = await get(w.storefrontKey, reviewId);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ id: reviewId, folded: false, verification: 'none', author: 'A***e S.' });
      for (const field of [...PRIVATE_FIELDS, 'status', 'merchantId']) expect(published.body).not.toHaveProperty(field);
      await sql.query("UPDATE reviews SET status = 'folded' WHERE id = $1", [reviewId]);
      expect((await get(w.storefrontKey, reviewId)).body).toMatchObject({ folded: true });
      await sql.query("UPDATE reviews SET status = 'hidden' WHERE id = $1", [reviewId]);
      expect((await get(w.storefrontKey, reviewId)).status).toBe(404);
    });

    it('answers 404 for an id that does not exist', async () => {
      const got = await get(w.adminKey, '00000000-0000-4000-8000-000000000000');
      expect(got.status).toBe(404);
      expect(got.body.code).toBe('REVIEW_NOT_FOUND');
    });
  });
});
