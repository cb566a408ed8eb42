import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';

/** The storefront aspect filter, over aspects the real scorer found in the reviews' texts. */
describe('storefront aspect filter', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let worker: INestApplicationContext;
  const ids: Record<'fast' | 'slow' | 'quality', string> = { fast: '', slow: '', quality: '' };
  const TEXTS: Record<keyof typeof ids, { title: string; body: string }> = {
    fast: { title: 'Great delivery', body: 'Delivery was fast and it arrived two days early, very happy with the courier.' },
    slow: { title: 'Late again', body: 'Delivery was terribly slow and the courier was awful, it arrived three weeks late.' },
    quality: { title: 'Sturdy', body: 'The stitching is excellent and the fabric feels durable after a month of use.' },
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    worker = await startTestWorker(t.env);
    for (const name of Object.keys(ids) as (keyof typeof ids)[]) {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, ...TEXTS[name] }));
      expect(res.status).toBe(202);
      ids[name] = res.body.id as string;
    }
    // Let the worker score every review, then show them all: publication is not what this spec tests.
    for (const id of Object.values(ids)) {
      await waitFor(async () => {
        const rows: { status: string }[] = await sql.query(`SELECT status FROM reviews WHERE id = $1 AND EXISTS (SELECT 1 FROM review_scores WHERE review_id = $1)`, [id]);
        return rows[0] && !['received', 'scoring'].includes(rows[0].status) ? rows[0].status : undefined;
      }, `score of ${id}`);
    }
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = ANY($1::uuid[])`, [Object.values(ids)]);
  });
  afterAll(async () => {
    await worker.close();
    await sql.close();
    await t.close();
  });

  const list = (query: Record<string, string>): request.Test =>
    request(t.server).get(`/v1/products/${w.product.id}/reviews`).query(query).set(...bearer(w.storefrontKey));
  const listed = async (query: Record<string, string>): Promise<{ ids: string[]; total: number; filters: unknown }> => {
    const res = await list(query);
    expect(res.status).toBe(200);
    return { ids: res.body.data.map((r: { id: string }) => r.id).sort(), total: res.body.total, filters: res.body.filters };
  };

  it('stores the scorer’s polarity per aspect (the shape the filter matches)', async () => {
    const rows: { review_id: string; aspect_details: { aspect: string; polarity: string }[] }[] = await sql.query(
      `SELECT review_id, aspect_details FROM review_scores WHERE review_id = ANY($1::uuid[])`, [[ids.fast, ids.slow]],
    );
    const logistics = (id: string): string | undefined => rows.find((r) => r.review_id === id)?.aspect_details.find((a) => a.aspect === 'logistics')?.polarity;
    expect({ fast: logistics(ids.fast), slow: logistics(ids.slow) }).toEqual({ fast: 'positive', slow: 'negative' });
  });

  it('filters by aspect, and by aspect and polarity, with a matching total', async () => {
    const all = await listed({});
    expect(all.total).toBe(3);
    expect(await listed({ aspect: 'logistics' })).toEqual({ ids: [ids.fast, ids.slow].sort(), total: 2, filters: { aspect: 'logistics' } });
    expect(await listed({ aspect: 'logistics', aspectPolarity: 'negative' })).toMatchObject({ ids: [ids.slow], total: 1 });
    expect(await listed({ aspect: 'logistics', aspectPolarity: 'positive' })).toMatchObject({ ids: [ids.fast], total: 1 });
    expect(await listed({ aspect: 'logistics', aspectPolarity: 'neutral' })).toMatchObject({ ids: [], total: 0 });
    expect(await listed({ aspect: 'battery' })).toMatchObject({ ids: [], total: 0 });
  });

  it('reads `delivery` as `logistics`, sharing its cache entry', async () => {
    const first = await list({ aspect: 'logistics', aspectPolarity: 'negative' });
    const alias = await list({ aspect: 'delivery', aspectPolarity: 'negative' });
    expect(alias.status).toBe(200);
    expect(alias.text).toBe(first.text);
    expect(alias.headers['x-candor-cache']).toBe('hit');
    expect(alias.body.filters).toEqual({ aspect: 'logistics', aspectPolarity: 'negative' });
  });

  it('keeps the aspect filter in the cache key and the cursor scope', async () => {
    const unfiltered = await list({ limit: '1' });
    const filtered = await list({ limit: '1', aspect: 'logistics', aspectPolarity: 'negative' });
    expect(filtered.body.total).toBe(1);
    expect(unfiltered.body.total).toBe(3);
    expectError(await list({ limit: '1', aspect: 'logistics', cursor: unfiltered.body.nextCursor }), 400, 'INVALID_CURSOR');
  });

  it('refuses unknown aspects and polarities with the ratings error code', async () => {
    expectError(await list({ aspect: 'vibes' }), 400, 'INVALID_ASPECT_FILTER');
    expectError(await list({ aspect: 'logistics', aspectPolarity: 'furious' }), 400, 'INVALID_ASPECT_FILTER');
    expectError(await list({ aspect: 'logistics', aspectPolarity: 'mixed' }), 400, 'INVALID_ASPECT_FILTER');
    expectError(await list({ aspectPolarity: 'negative' }), 400, 'INVALID_ASPECT_FILTER');
  });
});
