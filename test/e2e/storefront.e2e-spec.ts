import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { RatingsService } from '../../src/ratings/ratings.service.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { forbiddenPaths } from '../utils/privacy.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { waitFor } from '../utils/test-worker.js';

/** Storefront API: figures vs a from-scratch recomputation, JSON-LD, ETag/304, review lists, privacy, bad input. */
describe('storefront ratings and reviews', () => {
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

  /** Intake through the API, then a status change by SQL: the trigger must hold for any writer. */
  async function review(overrides: Record<string, unknown>, status: string, channelKey = w.channel.key): Promise<string> {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(channelKey)).send(reviewBody({ productId: w.product.id, ...overrides }));
    expect(res.status).toBe(202);
    await sql.query('UPDATE reviews SET status = $2 WHERE id = $1', [res.body.id, status]);
    return res.body.id as string;
  }
  const rating = (key = w.storefrontKey, productId = w.product.id): request.Test => request(t.server).get(`/v1/products/${productId}/rating`).set(...bearer(key));
  const figures = async (): Promise<Record<string, any>> => {
    const version = (await sql.query<{ version: string }>('SELECT version FROM product_rating_aggregates WHERE product_id = $1', [w.product.id]))[0]?.version ?? '0';
    // The cache drops the product on NOTIFY at commit; wait until this process has seen it.
    return waitFor(async () => {
      const res = await rating();
      return res.body.aggregateVersion === version ? res.body : undefined;
    }, 'fresh rating');
  };

  it('answers zero figures and no JSON-LD for a product without reviews', async () => {
    const res = await rating(w.storefrontKey, w.otherProduct.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ count: 0, mean: null, bayesianAverage: null, jsonLd: null, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
  });

  it('keeps incremental aggregates equal to a from-scratch recomputation through publishes, folds, removals and edits', async () => {
    const ids: string[] = [];
    for (const [r, status, extra] of [
      [5, 'published', {}], [4, 'published', { orderRef: undefined }], [1, 'published', { incentive: { type: 'free_product' } }], [3, 'folded', {}],
      [2, 'held', {}], [5, 'published', {}], [4, 'received', {}],
    ] as const) ids.push(await review({ rating: r, ...extra }, status));
    await review({ rating: 5 }, 'published', w.otherChannel.key);
    await sql.query(`UPDATE reviews SET status = 'folded' WHERE id = $1`, [ids[0]]);
    await sql.query(`UPDATE reviews SET status = 'removed' WHERE id = $1`, [ids[1]]);
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = $1`, [ids[4]]);
    await sql.query(`UPDATE reviews SET verification = 'invitation' WHERE id = $1`, [ids[5]]);
    const edit = await request(t.server).patch(`/v1/reviews/${ids[2]}`).set(...bearer(w.channel.key)).send({ rating: 2, body: 'Changed my mind after a week of use.' });
    expect(edit.body.status).toBe('edited');
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = $1`, [ids[2]]);

    const [compared] = await t.app.get(RatingsService).compareWithScratch([w.product.id]);
    const { stored, scratch } = compared;
    expect(scratch).toBeDefined();
    expect({ ...stored, recencyWeight: 0, recencyWeightedSum: 0 }).toEqual({ ...scratch, recencyWeight: 0, recencyWeightedSum: 0 });
    expect(stored.recencyWeight).toBeCloseTo(scratch!.recencyWeight, 6);
    expect(stored.recencyWeightedSum).toBeCloseTo(scratch!.recencyWeightedSum, 6);

    const publicRows = await sql.query<{ rating: number }>(`SELECT rating FROM reviews WHERE product_id = $1 AND status IN ('published','folded') AND kind = 'review'`, [w.product.id]);
    const body = await figures();
    const sum = publicRows.reduce((a, r) => a + r.rating, 0);
    expect(body.count).toBe(publicRows.length);
    expect(body.mean).toBeCloseTo(sum / publicRows.length, 2);
    expect(body.bayesianAverage).toBeCloseTo((7 * 4 + sum) / (7 + publicRows.length), 2);
    expect(body.distribution['5'] + body.distribution['4'] + body.distribution['3'] + body.distribution['2'] + body.distribution['1']).toBe(publicRows.length);
    expect(body.formula.parameters).toMatchObject({ priorWeight: 7, priorMean: 4, halfLifeDays: 180 });
    const incentivized = await sql.count(`SELECT count(*) AS n FROM reviews WHERE product_id = $1 AND status IN ('published','folded') AND incentivized`, [w.product.id]);
    expect(body.incentivizedCount).toBe(incentivized);
    expect(incentivized).toBeGreaterThan(0);
  });

  it('rebuilds identical figures with POST /v1/ratings:recompute', async () => {
    const before = await figures();
    const res = await request(t.server).post('/v1/ratings:recompute').set(...bearer(w.adminKey));
    expect(res.status).toBe(200);
    const after = await figures();
    expect({ ...after, aggregateVersion: 0, jsonLd: null }).toEqual({ ...before, aggregateVersion: 0, jsonLd: null });
    expect(after.aggregateVersion).not.toBe(before.aggregateVersion);
  });

  it('serves valid schema.org AggregateRating JSON-LD', async () => {
    const { jsonLd, count } = await figures();
    expect(jsonLd['@context']).toBe('https://schema.org');
    expect(jsonLd['@type']).toBe('AggregateRating');
    expect(typeof jsonLd.ratingValue).toBe('number');
    expect(jsonLd.ratingValue).toBeGreaterThanOrEqual(jsonLd.worstRating);
    expect(jsonLd.ratingValue).toBeLessThanOrEqual(jsonLd.bestRating);
    expect([jsonLd.bestRating, jsonLd.worstRating]).toEqual([5, 1]);
    expect(Number.isInteger(jsonLd.ratingCount) && jsonLd.ratingCount >= 1).toBe(true);
    expect(jsonLd.reviewCount).toBe(count);
    expect(jsonLd.itemReviewed).toMatchObject({ '@type': 'Product', name: 'Trail tent', productID: w.product.id });
  });

  it('gives the same figures to every storefront key and the admin (one product across channels)', async () => {
    const other = await t.key('storefront');
    const [a, b, c] = await Promise.all([rating(), rating(other), rating(w.adminKey)]);
    expect(b.body).toEqual(a.body);
    expect(c.body).toEqual(a.body);
  });

  it('answers If-None-Match with 304 and a changed aggregate with a new ETag', async () => {
    const first = await rating();
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=30, stale-while-revalidate=300');
    const again = await rating().set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await rating().set('if-none-match', '"other", ' + first.headers.etag)).status).toBe(304);
    expect((await rating().set('if-none-match', '"stale"')).status).toBe(200);
    await review({ rating: 1 }, 'published');
    const changed = await waitFor(async () => {
      const res = await rating().set('if-none-match', first.headers.etag);
      return res.status === 200 ? res : undefined;
    }, 'a new ETag');
    expect(changed.headers.etag).not.toBe(first.headers.etag);
  });

  it('lists published and folded reviews with labels, masked authors and cursor pagination, folded last', async () => {
    const seen: any[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ limit: 2, ...(cursor ? { cursor } : {}) }).set(...bearer(w.storefrontKey));
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBeDefined();
      seen.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    const count = await sql.count(`SELECT count(*) AS n FROM reviews WHERE product_id = $1 AND status IN ('published','folded')`, [w.product.id]);
    expect(seen).toHaveLength(count);
    expect(new Set(seen.map((r) => r.id)).size).toBe(count);
    const foldedAt = seen.findIndex((r) => r.folded);
    expect(seen.slice(foldedAt).every((r) => r.folded)).toBe(true);
    for (const r of seen) {
      expect(r.author).toBe('A***e S.');
      expect(r.labels).toEqual(expect.objectContaining({ verifiedPurchase: expect.any(Boolean), incentivized: expect.any(Boolean) }));
      expect(r.channel.code).toEqual(expect.any(String));
    }
    expect(forbiddenPaths(seen)).toEqual([]);
  });

  it.each(['helpful', 'rating'])('sorts by %s without losing or repeating rows', async (sort) => {
    const all = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ sort, limit: 100 }).set(...bearer(w.storefrontKey));
    const first = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ sort, limit: 3 }).set(...bearer(w.storefrontKey));
    const rest = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ sort, limit: 100, cursor: first.body.nextCursor }).set(...bearer(w.storefrontKey));
    expect([...first.body.data, ...rest.body.data].map((r: any) => r.id)).toEqual(all.body.data.map((r: any) => r.id));
    if (sort === 'rating') {
      const published = all.body.data.filter((r: any) => !r.folded).map((r: any) => r.rating);
      expect(published).toEqual([...published].sort((a, b) => b - a));
    }
  });

  it('publishes a machine-readable disclosure', async () => {
    const res = await request(t.server).get('/v1/disclosure').set(...bearer(w.storefrontKey));
    expect(res.status).toBe(200);
    expect(res.body.moderation.ruleSetVersion).toEqual(expect.any(String));
    expect(res.body.moderation.neverDecidesPublication).toEqual(['star rating', 'sentiment']);
    const mayHold = res.body.moderation.whatMayHold;
    expect(mayHold.priorityOnlySignals).toEqual(expect.arrayContaining(['rating_deviation', 'rating_extremity', 'reviewer_polarity_skew', 'sentiment_rating_mismatch']));
    expect(mayHold.fakeScoreSignals).not.toContain('rating_deviation');
    expect(mayHold).toMatchObject({ withheldForPolicyViolations: expect.arrayContaining(['personal_data']), heldWhenTheFakeScoreReaches: expect.any(Number) });
    expect(res.body.verification.methods.map((m: any) => m.id)).toEqual(['order_match', 'invitation', 'none']);
  });

  describe('bad input', () => {
    it.each([
      ['a non-uuid product', '/v1/products/not-a-uuid/rating', 400],
      ['an unknown product', `/v1/products/${randomUUID()}/rating`, 404],
      ['an unknown product (reviews)', `/v1/products/${randomUUID()}/reviews`, 404],
      ['an unknown sort', '/v1/products/:p/reviews?sort=sentiment', 400],
      ['a zero limit', '/v1/products/:p/reviews?limit=0', 400],
      ['a huge limit', '/v1/products/:p/reviews?limit=100000', 400],
      ['a garbage cursor', '/v1/products/:p/reviews?cursor=%%%', 400],
      ['a cursor of another sort', `/v1/products/:p/reviews?sort=rating&cursor=${Buffer.from(JSON.stringify({ s: 'recent', k: [0, 0, 'x', 'y'] })).toString('base64url')}`, 400],
      ['an unknown query field', '/v1/products/:p/reviews?merchantId=x', 400],
    ])('%s → %s', async (_name, path, status) => {
      expectError(await request(t.server).get(path.replace(':p', w.product.id)).set(...bearer(w.storefrontKey)), status);
    });
  });

  describe('roles', () => {
    it.each([
      ['merchant', 403], ['moderator', 403], ['channel', 403], ['none', 401],
    ])('GET rating as %s → %s', async (who, status) => {
      const keys: Record<string, string> = { merchant: w.merchant.key, moderator: w.moderatorKey, channel: w.channel.key };
      const req = request(t.server).get(`/v1/products/${w.product.id}/rating`);
      expectError(who === 'none' ? await req : await req.set(...bearer(keys[who])), status);
    });

    it('lets only admins recompute', async () => {
      expectError(await request(t.server).post('/v1/ratings:recompute').set(...bearer(w.storefrontKey)), 403);
    });
  });
});
