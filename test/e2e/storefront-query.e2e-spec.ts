import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { forbiddenPaths } from '../utils/privacy.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { waitFor } from '../utils/test-worker.js';

interface Seed {
  rating: number;
  verified?: boolean;
  language?: string;
  media?: boolean;
  folded?: string | null;
}

/** Storefront query API: filters, sorts with totals and keyset pages, helpful votes, verified rating, weak ETags, fold reasons. */
describe('storefront query API', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const seeded = new Map<string, Seed>();
  const SEEDS: Seed[] = [
    { rating: 5, verified: true, language: 'en', media: true }, { rating: 4, verified: true, language: 'zh' }, { rating: 1, language: 'zh-CN', media: true },
    { rating: 2, verified: true }, { rating: 3, language: 'en' }, { rating: 5, language: 'zh', verified: true }, { rating: 1, verified: true, media: true },
    { rating: 4, folded: 'off_topic' }, { rating: 2, folded: 'other', verified: true },
  ];

  beforeAll(async () => {
    t = await createTestApp({ env: { RATING_PRIOR_MEAN: '4' } });
    w = await buildWorld(t);
    sql = openSql(t);
    let minute = 0;
    for (const seed of SEEDS) {
      minute += 1;
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key))
        .send(reviewBody({
          productId: w.product.id, rating: seed.rating, ...(seed.language ? { language: seed.language } : {}),
          // Written a minute apart (submittedAt is part of a review's identity, fixed at intake).
          submittedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
        }));
      expect(res.status).toBe(202);
      const id = res.body.id as string;
      seeded.set(id, seed);
      await sql.query(
        `UPDATE reviews SET status = $2, verification = $3, media_urls = $4::jsonb WHERE id = $1`,
        [id, seed.folded === undefined ? 'published' : 'folded', seed.verified ? 'invitation' : 'none', JSON.stringify(seed.media ? ['https://img.example/1.jpg'] : [])],
      );
      if (seed.folded !== undefined) {
        await sql.query(
          `INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, facts, automated, actor_type, actor_id, created_at)
           VALUES ($1, 'fold', 'published', 'folded', $2, $3::jsonb, false, 'moderator', 'k1', now())`,
          [id, seed.folded, JSON.stringify({ reasonText: 'INTERNAL NOTE: author is the owner’s cousin' })],
        );
      }
    }
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  const list = (query: Record<string, string | number>, key = w.storefrontKey): request.Test =>
    request(t.server).get(`/v1/products/${w.product.id}/reviews`).query(query).set(...bearer(key));

  /** Every page of a query, following nextCursor, with the page size given. */
  async function allPages(query: Record<string, string | number>, limit: number): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await list({ ...query, limit, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      ids.push(...res.body.data.map((r: { id: string }) => r.id));
      totals.push(res.body.total);
      cursor = res.body.nextCursor;
    } while (cursor);
    return { ids, totals };
  }

  const expected = (keep: (s: Seed) => boolean): string[] => [...seeded].filter(([, s]) => keep(s)).map(([id]) => id).sort();

  describe('filters', () => {
    it.each<[string, Record<string, string>, (s: Seed) => boolean]>([
      ['one star rating', { stars: '5' }, (s) => s.rating === 5],
      ['a set of star ratings', { stars: '1,2' }, (s) => s.rating <= 2],
      ['verified only', { verified: 'true' }, (s) => Boolean(s.verified)],
      ['unverified only', { verified: 'false' }, (s) => !s.verified],
      ['a language (zh matches zh-CN)', { language: 'zh' }, (s) => s.language?.startsWith('zh') === true],
      ['with media', { hasMedia: 'true' }, (s) => Boolean(s.media)],
      ['combined', { stars: '1,5', verified: 'true', hasMedia: 'true' }, (s) => (s.rating === 1 || s.rating === 5) && Boolean(s.verified) && Boolean(s.media)],
    ])('%s: lists exactly the matching reviews with their total on every page', async (_name, query, keep) => {
      const want = expected(keep);
      expect(want.length).toBeGreaterThan(0);
      const { ids, totals } = await allPages(query, 2);
      expect([...ids].sort()).toEqual(want);
      expect(new Set(totals)).toEqual(new Set([want.length]));
    });

    it('treats stars=2,1 and stars=1&stars=2 as the same query', async () => {
      const a = await list({ stars: '2,1' });
      const b = await request(t.server).get(`/v1/products/${w.product.id}/reviews?stars=1&stars=2`).set(...bearer(w.storefrontKey));
      expect(b.status).toBe(200);
      expect(b.body).toEqual(a.body);
      expect(a.body.filters).toEqual({ stars: [1, 2] });
    });

    it('refuses a cursor from another filter set', async () => {
      const first = await list({ stars: '5', limit: 1 });
      expect(first.body.nextCursor).toEqual(expect.any(String));
      expectError(await list({ stars: '4', limit: 1, cursor: first.body.nextCursor }), 400, 'INVALID_CURSOR');
    });
  });

  describe('sorts', () => {
    const ratingsOf = async (sort: string): Promise<{ rating: number; folded: boolean; submittedAt: string }[]> => (await list({ sort, limit: 100 })).body.data;

    it.each(['newest', 'oldest', 'rating_desc', 'rating_asc', 'helpful'])('%s: keyset pages of 1, 2 and 4 give the one-page order, nothing lost or repeated', async (sort) => {
      const one = (await list({ sort, limit: 100 })).body.data.map((r: { id: string }) => r.id);
      expect(one).toHaveLength(seeded.size);
      for (const limit of [1, 2, 4]) expect((await allPages({ sort }, limit)).ids).toEqual(one);
    });

    it('orders by time and rating in both directions, folded reviews last', async () => {
      const open = (rows: { folded: boolean }[]): unknown[] => rows.filter((r) => !r.folded);
      const newest = await ratingsOf('newest');
      const oldest = await ratingsOf('oldest');
      expect(open(oldest)).toEqual([...open(newest)].reverse());
      const times = (open(newest) as { submittedAt: string }[]).map((r) => r.submittedAt);
      expect(times).toEqual([...times].sort().reverse());
      const desc = (open(await ratingsOf('rating_desc')) as { rating: number }[]).map((r) => r.rating);
      const asc = (open(await ratingsOf('rating_asc')) as { rating: number }[]).map((r) => r.rating);
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
      for (const sort of ['newest', 'oldest', 'rating_asc']) {
        const rows = await ratingsOf(sort);
        expect(rows.slice(-2).every((r) => r.folded)).toBe(true);
      }
    });

    it('keeps the former sort names (recent, rating) as aliases', async () => {
      expect((await list({ sort: 'recent' })).body.sort).toBe('newest');
      expect((await list({ sort: 'rating' })).body.sort).toBe('rating_desc');
    });
  });

  describe('helpful votes', () => {
    const vote = (reviewId: string, shopper: string, key = w.storefrontKey): request.Test =>
      request(t.server).post(`/v1/reviews/${reviewId}/helpful`).set(...bearer(key)).send({ shopper });

    it('records one vote per shopper (idempotent), stores only a hash of the reference, and feeds the helpful sort', async () => {
      const [first, second] = [...seeded].filter(([, s]) => s.folded === undefined).map(([id]) => id).slice(-2);
      const created = await vote(first, 'shopper-a');
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ reviewId: first, recorded: true, helpfulVotes: 1 });
      const repeated = await vote(first, 'shopper-a');
      expect(repeated.status).toBe(200);
      expect(repeated.body).toEqual({ reviewId: first, recorded: false, helpfulVotes: 1 });
      expect((await vote(first, 'shopper-b')).body.helpfulVotes).toBe(2);
      expect((await vote(second, 'shopper-a')).body.helpfulVotes).toBe(1);

      const stored = await sql.query<{ shopper_hash: string }>('SELECT shopper_hash FROM review_helpful_votes WHERE review_id = $1', [first]);
      expect(stored).toHaveLength(2);
      expect(stored.map((r) => r.shopper_hash).join()).not.toMatch(/shopper-/);

      const top = await waitFor(async () => {
        const res = await list({ sort: 'helpful', limit: 2 });
        return res.body.data[0]?.helpfulVotes === 2 ? res.body.data : undefined;
      }, 'the voted review on top');
      expect(top.map((r: { id: string }) => r.id)).toEqual([first, second]);
      expect(top[1].helpfulVotes).toBe(1);
    });

    it('limits how fast one shopper reference can vote', async () => {
      const ids = [...seeded.keys()];
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await vote(ids[i % ids.length], 'burst-shopper')).status);
      expect(statuses).toContain(429);
      expect(statuses.slice(0, 9).every((s) => s === 201)).toBe(true);
      expect((await vote(ids[0], 'another-shopper')).status).toBe(201);
    });

    it.each<[string, () => request.Test, number, string | undefined]>([
      ['an unknown review', () => vote(randomUUID(), 'x'), 404, 'REVIEW_NOT_FOUND'],
      ['a non-uuid review', () => vote('nope', 'x'), 400, undefined],
      ['no shopper', () => request(t.server).post(`/v1/reviews/${randomUUID()}/helpful`).set(...bearer(w.storefrontKey)).send({}), 400, undefined],
      ['a shopper with spaces', () => vote(randomUUID(), 'a b'), 400, undefined],
      ['a merchant key', () => vote(randomUUID(), 'x', w.merchant.key), 403, undefined],
    ])('refuses %s', async (_name, send, status, code) => {
      expectError(await send(), status, code);
    });

    it('does not count votes for a review that is not public', async () => {
      const held = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
      await sql.query(`UPDATE reviews SET status = 'held' WHERE id = $1`, [held.body.id]);
      expectError(await vote(held.body.id, 'shopper-c'), 404, 'REVIEW_NOT_FOUND');
    });
  });

  describe('bad values', () => {
    it.each([
      ['a star rating of 0', { stars: '0' }], ['a star rating of 6', { stars: '6' }], ['a non-number star', { stars: 'five' }], ['an empty star in a set', { stars: '1,,2' }],
      ['verified=yes', { verified: 'yes' }], ['hasMedia=1', { hasMedia: '1' }], ['a language that is not a tag', { language: 'chinese!' }],
      ['an unknown sort', { sort: 'sentiment' }],
    ])('%s → 400 VALIDATION_FAILED naming the parameter', async (_name, query) => {
      const res = await list(query);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(JSON.stringify(res.body)).toContain(Object.keys(query)[0]);
    });

    it('refuses an unknown aspect with the ratings code (storefront-aspects.e2e-spec.ts covers the filter)', async () => {
      expectError(await list({ aspect: 'vibes' }), 400, 'INVALID_ASPECT_FILTER');
    });
  });

  it('serves the verified-only rating with its distribution and its own AggregateRating JSON-LD', async () => {
    const verified = [...seeded.values()].filter((s) => s.verified);
    const res = await waitFor(async () => {
      const r = await request(t.server).get(`/v1/products/${w.product.id}/rating`).set(...bearer(w.storefrontKey));
      return r.body.verified?.count === verified.length ? r : undefined;
    }, 'verified figures');
    const dist = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<number, number>;
    for (const s of verified) dist[s.rating] += 1;
    const average = Math.round((verified.reduce((a, s) => a + s.rating, 0) / verified.length) * 100) / 100;
    expect(res.body.verified).toMatchObject({ count: verified.length, average, distribution: { 1: dist[1], 2: dist[2], 3: dist[3], 4: dist[4], 5: dist[5] } });
    expect(res.body.verified.jsonLd).toMatchObject({
      '@context': 'https://schema.org', '@type': 'AggregateRating', ratingValue: average, ratingCount: verified.length, bestRating: 5, worstRating: 1,
      itemReviewed: { '@type': 'Product', productID: w.product.id },
    });
    expect(res.body.jsonLd.ratingCount).toBe(seeded.size);
  });

  it('gives folded reviews a public reason from the decision reason code, never the moderator note', async () => {
    const rows = (await list({ limit: 100 })).body.data as { id: string; folded: boolean; foldReason: unknown }[];
    for (const row of rows) {
      const seed = seeded.get(row.id) as Seed;
      if (seed.folded === 'off_topic') expect(row.foldReason).toEqual({ code: 'off_topic', text: 'Folded: it is not about the product or the purchase.' });
      else if (seed.folded === 'other') expect(row.foldReason).toEqual({ code: 'policy', text: 'Folded by a moderator under the review policy.' });
      else expect(row.foldReason).toBeNull();
    }
    expect(JSON.stringify(rows)).not.toContain('INTERNAL NOTE');
    expect(forbiddenPaths(rows)).toEqual([]);
  });

  describe('ETag revalidation (RFC 9110 weak comparison)', () => {
    const paths = (): string[] => [`/v1/products/${w.product.id}/rating`, `/v1/products/${w.product.id}/reviews?stars=1,2&sort=oldest`];

    it.each([0, 1])('answers 304 with no body for W/"x", lists and * on path %s, on the controller path and on a cache hit', async (i) => {
      const path = paths()[i];
      const first = await request(t.server).get(path).set(...bearer(w.storefrontKey));
      const etag = first.headers.etag as string;
      const hit = await waitFor(async () => {
        const res = await request(t.server).get(path).set(...bearer(w.storefrontKey));
        return res.headers['x-candor-cache'] === 'hit' ? res : undefined;
      }, 'a cache hit');
      expect(hit.headers.etag).toBe(etag);
      for (const header of [`W/${etag}`, `"nope", W/${etag}`, '*', etag]) {
        const res = await request(t.server).get(path).set(...bearer(w.storefrontKey)).set('if-none-match', header);
        expect({ header, status: res.status, body: res.text, hit: res.headers['x-candor-cache'] }).toEqual({ header, status: 304, body: '', hit: 'hit' });
      }
      expect((await request(t.server).get(path).set(...bearer(w.storefrontKey)).set('if-none-match', 'W/"nope"')).status).toBe(200);
    });

    it('answers a weak If-None-Match on the controller path (cache off) with 304', async () => {
      const off = await createTestApp({ database: t.db, env: { RATING_PRIOR_MEAN: '4', RATINGS_CACHE: 'off' } });
      try {
        for (const path of paths()) {
          const first = await request(off.server).get(path).set(...bearer(w.storefrontKey));
          const res = await request(off.server).get(path).set(...bearer(w.storefrontKey)).set('if-none-match', `"x", W/${first.headers.etag as string}`);
          expect({ status: res.status, body: res.text, hit: res.headers['x-candor-cache'] }).toEqual({ status: 304, body: '', hit: undefined });
        }
      } finally {
        await off.close();
      }
    });
  });
});
