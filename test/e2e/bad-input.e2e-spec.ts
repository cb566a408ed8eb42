import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Every bad input gets a 4xx JSON error with a stable code and a request id; never a 500, never a stored row. */
describe('bad input on intake', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const post = (body: unknown, path = '/v1/reviews'): request.Test => request(t.server).post(path).set(...bearer(w.channel.key)).send(body as object);
  // serialize() is overridden because superagent would JSON-encode a Buffer sent as application/json.
  const raw = (payload: Buffer | string, contentType: string, path = '/v1/reviews'): request.Test =>
    request(t.server).post(path).set(...bearer(w.channel.key)).set('content-type', contentType)
      .serialize((body: unknown) => body as string).send(payload);
  const good = (overrides: Record<string, unknown> = {}): Record<string, unknown> => reviewBody({ productId: w.product.id, ...overrides });
  const storedCount = (externalId: unknown): Promise<number> => sql.count('SELECT count(*) AS n FROM reviews WHERE external_id = $1', [externalId]);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  describe('field validation → 400 VALIDATION_FAILED with details', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an unknown top-level field', { verification: 'order_match' }, 'verification'],
      ['an unknown nested field', { reviewer: { externalId: 'u1', email: 'a@b.c' } }, 'reviewer.email'],
      ['rating as a string', { rating: '5' }, 'rating'],
      ['rating 0', { rating: 0 }, 'rating'],
      ['rating 6', { rating: 6 }, 'rating'],
      ['rating 4.5', { rating: 4.5 }, 'rating'],
      ['rating null', { rating: null }, 'rating'],
      ['body as a number', { body: 12345 }, 'body'],
      ['an empty body', { body: '' }, 'body'],
      ['a whitespace-only body', { body: ' \n\t ' }, 'body'],
      ['a 20,001-character body', { body: 'x'.repeat(20_001) }, 'body'],
      ['a NUL character in the body', { body: 'before\u0000after' }, 'body'],
      ['a lone surrogate in the body', { body: 'broken \ud800 pair' }, 'body'],
      ['a lone surrogate in the title', { title: '\udfff' }, 'title'],
      ['a NUL in the reviewer id', { reviewer: { externalId: 'a\u0000b' } }, 'reviewer.externalId'],
      ['a missing reviewer', { reviewer: undefined }, 'reviewer'],
      ['a null reviewer', { reviewer: null }, 'reviewer'],
      ['a string reviewer', { reviewer: 'alice' }, 'reviewer'],
      ['an array reviewer', { reviewer: [{ externalId: 'u' }] }, 'reviewer'],
      ['a string incentive', { incentive: 'cash' }, 'incentive'],
      ['a missing externalId', { externalId: undefined }, 'externalId'],
      ['a non-uuid productId', { productId: 'tent' }, 'productId'],
      ['a bad language tag', { language: 'english please' }, 'language'],
      ['a non-http media url', { mediaUrls: ['javascript:alert(1)'] }, 'mediaUrls'],
      ['an unknown incentive type', { incentive: { type: 'bribe' } }, 'incentive.type'],
      ['a non-ISO submittedAt', { submittedAt: 'yesterday' }, 'submittedAt'],
      ['a malformed ip', { ip: '999.1.1.1' }, 'ip'],
      ['a malformed channel code', { channel: 'Web Mall!' }, 'channel'],
    ];

    it.each(cases)('rejects %s', async (_name, change, path) => {
      const body = good(change);
      const res = await post(body);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect((res.body.details as { path: string }[]).map((d) => d.path)).toContain(path);
      if (typeof body.externalId === 'string') expect(await storedCount(body.externalId)).toBe(0);
    });

    it('accepts exactly 20,000 characters', async () => {
      const res = await post(good({ body: 'y'.repeat(20_000) }));
      expect(res.status).toBe(202);
    });

    it('counts characters, not bytes or UTF-16 units, at the limit', async () => {
      const res = await post(good({ body: '好'.repeat(20_000) }));
      expect(res.status).toBe(202);
    });

    it('never echoes rejected values back', async () => {
      const res = await post(good({ rating: 'secret-value-123' }));
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toContain('secret-value-123');
    });
  });

  describe('transport-level problems', () => {
    it('rejects invalid UTF-8 bytes with 400 INVALID_UTF8', async () => {
      const prefix = Buffer.from(JSON.stringify(good()).slice(0, -1) + ', "title": "');
      const payload = Buffer.concat([prefix, Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
      expectError(await raw(payload, 'application/json'), 400, 'INVALID_UTF8');
    });

    it('rejects UTF-8-encoded surrogates (CESU) as invalid UTF-8', async () => {
      const payload = Buffer.concat([Buffer.from('{"body": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
      expectError(await raw(payload, 'application/json'), 400, 'INVALID_UTF8');
    });

    it('rejects invalid UTF-8 in NDJSON bulk bodies too', async () => {
      expectError(await raw(Buffer.from([0x7b, 0xff, 0x7d]), 'application/x-ndjson', '/v1/reviews:bulk'), 400, 'INVALID_UTF8');
    });

    it('rejects malformed JSON with 400 MALFORMED_JSON', async () => {
      expectError(await raw('{"rating": 5,', 'application/json'), 400, 'MALFORMED_JSON');
    });

    it('rejects an empty JSON body with 400 MALFORMED_JSON', async () => {
      expectError(await raw('', 'application/json'), 400, 'MALFORMED_JSON');
      expectError(await raw('   ', 'application/json'), 400, 'MALFORMED_JSON');
    });

    it('rejects a request with no body at all with 400', async () => {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key));
      expectError(res, 400);
    });

    it.each(['null', '"a string"', '[1, 2]', '42'])('rejects the non-object JSON body %s with 400', async (text) => {
      expectError(await raw(text, 'application/json'), 400, 'VALIDATION_FAILED');
    });

    it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'text/csv'])('rejects content-type %s with 415', async (type) => {
      expectError(await raw('rating=5', type), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('rejects a wrong content-type on bulk with 415', async () => {
      expectError(await raw('[]', 'text/plain', '/v1/reviews:bulk'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('rejects a non-uuid id in the path with 400', async () => {
      const res = await request(t.server).get('/v1/reviews/not-a-uuid').set(...bearer(w.adminKey));
      expectError(res, 400, 'VALIDATION_FAILED');
      const patch = await request(t.server).patch('/v1/reviews/1%20OR%201=1').set(...bearer(w.adminKey)).send({ body: 'x' });
      expectError(patch, 400, 'VALIDATION_FAILED');
    });

    it('answers an unknown route with a JSON 404', async () => {
      expectError(await request(t.server).get('/v1/nothing-here').set(...bearer(w.adminKey)), 404, 'NOT_FOUND');
    });
  });

  describe('references that do not resolve', () => {
    it('rejects an unknown productId with 422 UNKNOWN_PRODUCT', async () => {
      expectError(await post(good({ productId: '00000000-0000-4000-8000-000000000042' })), 422, 'UNKNOWN_PRODUCT');
    });

    it('rejects an unmapped SKU with 422 UNKNOWN_PRODUCT', async () => {
      expectError(await post(reviewBody({ sku: 'NO-SUCH-SKU' })), 422, 'UNKNOWN_PRODUCT');
    });

    it('rejects an unknown channel with 422 UNKNOWN_CHANNEL', async () => {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.adminKey)).send(good({ channel: 'no-such-channel' }));
      expectError(res, 422, 'UNKNOWN_CHANNEL');
    });

    it('rejects a channel key posting for another channel with 403 CHANNEL_MISMATCH and stores nothing', async () => {
      const body = good({ channel: w.otherChannel.code });
      expectError(await post(body), 403, 'CHANNEL_MISMATCH');
      expect(await storedCount(body.externalId)).toBe(0);
    });

    it('rejects a purchase for an unknown product and one for another channel', async () => {
      const purchase = { orderRef: 'ORD-X', productId: '00000000-0000-4000-8000-000000000043', reviewer: { externalId: 'u' }, purchasedAt: '2025-01-01T00:00:00Z' };
      expectError(await post(purchase, '/v1/purchases'), 422, 'UNKNOWN_PRODUCT');
      expectError(await post({ ...purchase, productId: w.product.id, channel: w.otherChannel.code }, '/v1/purchases'), 403, 'CHANNEL_MISMATCH');
      expectError(await post({ ...purchase, productId: w.product.id, purchasedAt: 'last week' }, '/v1/purchases'), 400, 'VALIDATION_FAILED');
    });
  });

  describe('bulk envelope', () => {
    it('rejects a body that is not an array with 400 BULK_NOT_ARRAY', async () => {
      expectError(await post(good(), '/v1/reviews:bulk'), 400, 'BULK_NOT_ARRAY');
    });

    it('rejects an empty array with 400 BULK_EMPTY', async () => {
      expectError(await post([], '/v1/reviews:bulk'), 400, 'BULK_EMPTY');
    });

    it('rejects more than 10,000 items with 413 BULK_TOO_LARGE and stores none of them', async () => {
      const items = Array.from({ length: 10_001 }, (_, i) => ({ externalId: `over-${i}`, productId: w.product.id, rating: 5, body: 'b', reviewer: { externalId: 'r' } }));
      expectError(await post(items, '/v1/reviews:bulk'), 413, 'BULK_TOO_LARGE');
      expect(await sql.count("SELECT count(*) AS n FROM reviews WHERE external_id LIKE 'over-%'")).toBe(0);
    });

    it('rejects more than 10,000 NDJSON lines with 413 BULK_TOO_LARGE', async () => {
      const line = JSON.stringify({ externalId: 'n', productId: w.product.id, rating: 5, body: 'b', reviewer: { externalId: 'r' } });
      expectError(await raw(Array(10_001).fill(line).join('\n'), 'application/x-ndjson', '/v1/reviews:bulk'), 413, 'BULK_TOO_LARGE');
    });

    it('rejects malformed JSON on the bulk endpoint as a whole', async () => {
      expectError(await raw('[{"a": 1},', 'application/json', '/v1/reviews:bulk'), 400, 'MALFORMED_JSON');
    });

    it('reports each bad item of a mixed bulk and keeps the good ones', async () => {
      const goods = [good(), good({ body: '<script>alert(1)</script>' })];
      const bads = [
        good({ rating: 0 }), good({ body: 'x'.repeat(20_001) }), good({ productId: '00000000-0000-4000-8000-000000000044' }), good({ body: 'a\u0000' }),
        null, 7, good({ reviewer: undefined }),
      ];
      const res = await post([goods[0], ...bads, goods[1]], '/v1/reviews:bulk');
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ received: 9, accepted: 2, rejected: 7 });
      for (const item of res.body.results.filter((r: { outcome: string }) => r.outcome === 'rejected')) {
        expect(item.error.statusCode).toBeGreaterThanOrEqual(400);
        expect(item.error.statusCode).toBeLessThan(500);
      }
      const stored = await sql.query<{ body: string }>('SELECT body FROM reviews WHERE external_id = ANY($1::text[]) ORDER BY body', [goods.map((g) => g.externalId)]);
      expect(stored.map((s) => s.body).sort()).toEqual(goods.map((g) => g.body as string).sort());
    });
  });

  describe('UGC bad input', () => {
    const ugc = (overrides: Record<string, unknown>): Record<string, unknown> =>
      ({ externalId: `q-${Math.random()}`, kind: 'question', productId: w.product.id, body: 'Is it waterproof?', reviewer: { externalId: 'u' }, ...overrides });

    it.each([
      ['an empty body', { body: '' }],
      ['an unknown field', { rating: 3 }],
      ['a missing kind', { kind: undefined }],
      ['a lone surrogate', { body: '\ud83d' }],
    ])('rejects %s with 400', async (_name, change) => {
      expectError(await post(ugc(change), '/v1/ugc'), 400, 'VALIDATION_FAILED');
    });

    it('rejects a non-array UGC bulk', async () => {
      expectError(await post(ugc({}), '/v1/ugc:bulk'), 400, 'BULK_NOT_ARRAY');
    });
  });
});
