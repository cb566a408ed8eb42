import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

interface BulkItem { index: number; externalId?: string; outcome: string; id?: string; error?: { statusCode: number; code: string; message: string } }
interface Bulk { received: number; accepted: number; duplicates: number; edited: number; rejected: number; results: BulkItem[] }

const ndjson = (items: unknown[]): string => items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n');

/** The controller declares 'reviews::bulk' — Fastify's escape for a literal colon — so the public path is /v1/reviews:bulk. */
describe('bulk intake (reviews and UGC)', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const bulk = (path: string, key: string, body: unknown[]): request.Test =>
    request(t.server).post(path).set(...bearer(key)).send(body);
  const bulkNdjson = (path: string, key: string, text: string): request.Test =>
    request(t.server).post(path).set(...bearer(key)).set('content-type', 'application/x-ndjson').send(text);
  const storedIds = (ids: string[]): Promise<number> => sql.count('SELECT count(*) AS n FROM reviews WHERE id = ANY($1::uuid[])', [ids]);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  describe('POST /v1/reviews:bulk as a JSON array', () => {
    it('accepts every item with per-item results in request order and commits them with outbox rows', async () => {
      const items = Array.from({ length: 50 }, (_, i) => reviewBody(i % 2 ? { productId: w.product.id } : { sku: w.otherProduct.sku }));
      const res = await bulk('/v1/reviews:bulk', w.channel.key, items);
      expect(res.status).toBe(202);
      const body = res.body as Bulk;
      expect(body).toMatchObject({ received: 50, accepted: 50, duplicates: 0, edited: 0, rejected: 0 });
      expect(body.results.map((r) => [r.index, r.externalId, r.outcome])).toEqual(items.map((it, i) => [i, it.externalId, 'accepted']));
      const ids = body.results.map((r) => r.id as string);
      expect(await storedIds(ids)).toBe(50);
      expect(await sql.count("SELECT count(*) AS n FROM outbox_events WHERE topic = 'review.received' AND aggregate_id = ANY($1::uuid[])", [ids])).toBe(50);
      const [odd] = await sql.query<{ product_id: string }>('SELECT product_id FROM reviews WHERE id = $1', [ids[0]]);
      expect(odd.product_id).toBe(w.otherProduct.id);
    });

    it('gives concurrent requests that share reviewers one reviewer row each, with every review stored under it', async () => {
      const shoppers = Array.from({ length: 30 }, (_, n) => `shared-${Date.now()}-${n}`);
      const requests = Array.from({ length: 4 }, (_, r) => Array.from({ length: 60 }, (_, i) => reviewBody({
        productId: w.product.id, reviewer: { externalId: shoppers[(i + r * 7) % shoppers.length], displayName: `Shopper ${r}` },
      })));
      const answers = await Promise.all(requests.map((items) => bulk('/v1/reviews:bulk', w.channel.key, items)));
      for (const res of answers) expect(res.body).toMatchObject({ received: 60, accepted: 60, rejected: 0 });
      const rows = await sql.query<{ external_id: string; reviews: number }>(
        `SELECT rv.external_id, count(r.id)::int AS reviews FROM reviewers rv JOIN reviews r ON r.reviewer_id = rv.id
          WHERE rv.channel_id = $1 AND rv.external_id = ANY($2::text[]) GROUP BY rv.external_id`, [w.channel.id, shoppers]);
      expect(rows).toHaveLength(shoppers.length);
      expect(rows.reduce((sum, row) => sum + row.reviews, 0)).toBe(240);
      const stored = await sql.query<{ external_id: string; reviewer: string }>(
        `SELECT r.external_id, rv.external_id AS reviewer FROM reviews r JOIN reviewers rv ON rv.id = r.reviewer_id WHERE r.channel_id = $1 AND r.external_id = ANY($2::text[])`,
        [w.channel.id, requests.flat().map((item) => item.externalId)]);
      const sent = new Map(requests.flat().map((item) => [item.externalId, (item.reviewer as { externalId: string }).externalId]));
      expect(stored).toHaveLength(240);
      for (const row of stored) expect(row.reviewer).toBe(sent.get(row.external_id));
    });

    it('answers a replayed batch with 200, all duplicates with the same ids, and no new rows', async () => {
      const items = Array.from({ length: 20 }, () => reviewBody({ productId: w.product.id }));
      const first = await bulk('/v1/reviews:bulk', w.channel.key, items);
      const again = await bulk('/v1/reviews:bulk', w.channel.key, items);
      expect(first.status).toBe(202);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ received: 20, accepted: 0, duplicates: 20, edited: 0, rejected: 0 });
      expect((again.body as Bulk).results.map((r) => r.id)).toEqual((first.body as Bulk).results.map((r) => r.id));
      const externalIds = items.map((i) => i.externalId);
      expect(await sql.count('SELECT count(*) AS n FROM reviews WHERE channel_id = $1 AND external_id = ANY($2::text[])', [w.channel.id, externalIds])).toBe(20);
    });

    it('mixes accepted, duplicate and edited outcomes in one batch, and shares idempotency with single intake', async () => {
      const existing = reviewBody({ productId: w.product.id });
      const toEdit = reviewBody({ productId: w.product.id });
      const single = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(existing);
      const edited = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(toEdit);
      const fresh = reviewBody({ productId: w.product.id });
      const res = await bulk('/v1/reviews:bulk', w.channel.key, [existing, { ...toEdit, body: 'Changed my mind.' }, fresh]);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ received: 3, accepted: 1, duplicates: 1, edited: 1, rejected: 0 });
      expect((res.body as Bulk).results.map((r) => [r.outcome, r.id])).toEqual([
        ['duplicate', single.body.id], ['edited', edited.body.id], ['accepted', expect.any(String)],
      ]);
      const view = await request(t.server).get(`/v1/reviews/${edited.body.id}`).set(...bearer(w.adminKey));
      expect(view.body).toMatchObject({ body: 'Changed my mind.', revision: 2, history: [expect.objectContaining({ body: toEdit.body })] });
    });

    it('rejects bad items individually and stores the good ones in the same request', async () => {
      const good1 = reviewBody({ productId: w.product.id });
      const good2 = reviewBody({ sku: w.product.sku });
      const items: unknown[] = [
        good1,
        reviewBody({ productId: w.product.id, rating: 0 }),
        reviewBody({ productId: w.product.id, verification: 'order_match' }),
        reviewBody({ productId: '00000000-0000-4000-8000-00000000abcd' }),
        reviewBody({ channel: w.otherChannel.code, productId: w.product.id }),
        'not an object',
        good2,
        { ...good2, body: 'second copy of good2 in the same request' },
        reviewBody({ productId: w.product.id, body: '\u0000' }),
      ];
      const res = await bulk('/v1/reviews:bulk', w.channel.key, items);
      expect(res.status).toBe(202);
      const body = res.body as Bulk;
      expect(body).toMatchObject({ received: 9, accepted: 2, rejected: 7 });
      expect(body.results.map((r) => [r.index, r.outcome, r.error?.code])).toEqual([
        [0, 'accepted', undefined],
        [1, 'rejected', 'VALIDATION_FAILED'],
        [2, 'rejected', 'VALIDATION_FAILED'],
        [3, 'rejected', 'UNKNOWN_PRODUCT'],
        [4, 'rejected', 'CHANNEL_MISMATCH'],
        [5, 'rejected', 'VALIDATION_FAILED'],
        [6, 'accepted', undefined],
        [7, 'rejected', 'DUPLICATE_IN_REQUEST'],
        [8, 'rejected', 'VALIDATION_FAILED'],
      ]);
      expect(body.results[1].error).toMatchObject({ statusCode: 400, message: expect.stringMatching(/rating/) });
      expect(body.results[3].error?.statusCode).toBe(422);
      expect(await storedIds([body.results[0].id as string, body.results[6].id as string])).toBe(2);
      const [row] = await sql.query<{ body: string }>('SELECT body FROM reviews WHERE id = $1', [body.results[6].id]);
      expect(row.body).toBe(good2.body);
    });

    it('answers 200 when every item is rejected', async () => {
      const res = await bulk('/v1/reviews:bulk', w.channel.key, [reviewBody({ rating: 9, productId: w.product.id })]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ received: 1, accepted: 0, rejected: 1 });
    });

    it('lets an admin bulk-submit for several channels at once', async () => {
      const res = await bulk('/v1/reviews:bulk', w.adminKey, [
        reviewBody({ channel: w.channel.code, productId: w.product.id }),
        reviewBody({ channel: w.otherChannel.code, sku: w.product.sku.replace(/^W-/, 'A-') }),
        reviewBody({ productId: w.product.id }),
      ]);
      expect(res.status).toBe(202);
      expect((res.body as Bulk).results.map((r) => r.error?.code ?? r.outcome)).toEqual(['accepted', 'accepted', 'CHANNEL_REQUIRED']);
    });

    it('takes the full 10,000 items in one request', async () => {
      const items = Array.from({ length: 10_000 }, (_, i) => ({
        externalId: `big-${i}`, productId: w.product.id, rating: (i % 5) + 1, body: `Review number ${i}`, reviewer: { externalId: `big-r-${i % 300}` },
      }));
      const res = await bulk('/v1/reviews:bulk', w.channel.key, items);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ received: 10_000, accepted: 10_000, rejected: 0 });
      expect(await sql.count("SELECT count(*) AS n FROM reviews WHERE channel_id = $1 AND external_id LIKE 'big-%'", [w.channel.id])).toBe(10_000);
    });
  });

  describe('POST /v1/reviews:bulk as NDJSON', () => {
    it('accepts an NDJSON stream, tolerating blank lines and CRLF', async () => {
      const items = Array.from({ length: 5 }, () => reviewBody({ productId: w.product.id }));
      const text = `${ndjson(items.slice(0, 2))}\r\n\n${ndjson(items.slice(2))}\n`;
      const res = await bulkNdjson('/v1/reviews:bulk', w.channel.key, text);
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ received: 5, accepted: 5, rejected: 0 });
      expect((res.body as Bulk).results.map((r) => r.externalId)).toEqual(items.map((i) => i.externalId));
    });

    it('rejects a malformed line on its own and stores the other lines', async () => {
      const a = reviewBody({ productId: w.product.id });
      const b = reviewBody({ productId: w.product.id });
      const text = ndjson([a, '{"externalId": "broken", "rating": 5,', b, '[1,2]']);
      const res = await bulkNdjson('/v1/reviews:bulk', w.channel.key, text);
      expect(res.status).toBe(202);
      const body = res.body as Bulk;
      expect(body).toMatchObject({ received: 4, accepted: 2, rejected: 2 });
      expect(body.results[1]).toMatchObject({ index: 1, outcome: 'rejected', error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('Line 2') } });
      expect(body.results[3]).toMatchObject({ outcome: 'rejected', error: { code: 'VALIDATION_FAILED' } });
      expect(await storedIds([body.results[0].id as string, body.results[2].id as string])).toBe(2);
    });

    it('rejects an NDJSON body with no items', async () => {
      const res = await bulkNdjson('/v1/reviews:bulk', w.channel.key, '\n\n');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BULK_EMPTY');
    });

    it('accepts application/ndjson as well', async () => {
      const res = await request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key))
        .set('content-type', 'application/ndjson').send(ndjson([reviewBody({ productId: w.product.id })]));
      expect(res.status).toBe(202);
    });
  });

  describe('UGC', () => {
    const ugc = (overrides: Record<string, unknown>): Record<string, unknown> => {
      const { rating: _r, title: _t, ...rest } = reviewBody({ productId: w.product.id, kind: 'question', body: 'Does it fit two people?' });
      return { ...rest, ...overrides };
    };
    const postUgc = (key: string, body: object): request.Test => request(t.server).post('/v1/ugc').set(...bearer(key)).send(body);

    it.each(['question', 'comment', 'photo_caption'])('accepts a %s by productId', async (kind) => {
      const res = await postUgc(w.channel.key, ugc({ kind }));
      expect(res.status).toBe(202);
      const got = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...bearer(w.adminKey));
      expect(got.body).toMatchObject({ kind, rating: null, title: null, parentId: null });
    });

    it('accepts UGC by channel SKU', async () => {
      const res = await postUgc(w.channel.key, ugc({ productId: undefined, sku: w.product.sku }));
      expect(res.status).toBe(202);
    });

    it('links an answer to its question on the same product, and is idempotent', async () => {
      const question = await postUgc(w.channel.key, ugc({ kind: 'question' }));
      const answer = ugc({ kind: 'answer', parentId: question.body.id, body: 'Yes, two adults fit.' });
      const res = await postUgc(w.channel.key, answer);
      expect(res.status).toBe(202);
      const got = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...bearer(w.adminKey));
      expect(got.body).toMatchObject({ kind: 'answer', parentId: question.body.id, productId: w.product.id });
      const again = await postUgc(w.channel.key, answer);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: res.body.id, status: 'duplicate' });
    });

    it('refuses a parent on another product or a parent that does not exist (422 UNKNOWN_PARENT)', async () => {
      const other = await postUgc(w.channel.key, ugc({ kind: 'question', productId: w.otherProduct.id }));
      const wrongProduct = await postUgc(w.channel.key, ugc({ kind: 'answer', parentId: other.body.id }));
      expect(wrongProduct.status).toBe(422);
      expect(wrongProduct.body.code).toBe('UNKNOWN_PARENT');
      const missing = await postUgc(w.channel.key, ugc({ kind: 'answer', parentId: '00000000-0000-4000-8000-00000000beef' }));
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('UNKNOWN_PARENT');
    });

    it('refuses review-only fields, unknown kinds and a non-uuid parent', async () => {
      for (const bad of [{ rating: 5 }, { kind: 'review' }, { kind: 'rant' }, { parentId: 'not-a-uuid' }, { orderRef: 'ORD-1' }]) {
        const res = await postUgc(w.channel.key, ugc(bad));
        expect({ bad, status: res.status, code: res.body.code }).toEqual({ bad, status: 400, code: 'VALIDATION_FAILED' });
      }
    });

    it('bulk-ingests UGC as JSON with per-item parent checks', async () => {
      const question = await postUgc(w.channel.key, ugc({ kind: 'question' }));
      const items = [
        ugc({ kind: 'answer', parentId: question.body.id }),
        ugc({ kind: 'comment' }),
        ugc({ kind: 'answer', parentId: '00000000-0000-4000-8000-00000000f00d' }),
        ugc({ kind: 'bogus' }),
      ];
      const res = await bulk('/v1/ugc:bulk', w.channel.key, items);
      expect(res.status).toBe(202);
      expect((res.body as Bulk).results.map((r) => r.error?.code ?? r.outcome)).toEqual(['accepted', 'accepted', 'UNKNOWN_PARENT', 'VALIDATION_FAILED']);
      const again = await bulk('/v1/ugc:bulk', w.channel.key, items.slice(0, 2));
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ duplicates: 2 });
    });

    it('bulk-ingests UGC as NDJSON with a malformed line', async () => {
      const res = await bulkNdjson('/v1/ugc:bulk', w.channel.key, ndjson([ugc({ kind: 'comment' }), '{oops', ugc({ kind: 'question' })]));
      expect(res.status).toBe(202);
      expect((res.body as Bulk).results.map((r) => r.error?.code ?? r.outcome)).toEqual(['accepted', 'VALIDATION_FAILED', 'accepted']);
    });
  });
});
