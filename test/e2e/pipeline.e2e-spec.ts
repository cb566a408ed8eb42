import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { bearer } from '../utils/e2e.js';
import { createTestApp, type QueueBackend, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';

const backends: QueueBackend[] = ['postgres', 'redis'];

describe.each(backends)('intake → score → verdict on the %s queue backend', (backend) => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let db: pg.Client;

  beforeAll(async () => {
    t = await createTestApp({ backend });
    w = await buildWorld(t);
    worker = await startTestWorker(t.env);
    db = new pg.Client({ connectionString: t.db.url });
    await db.connect();
  });
  afterAll(async () => {
    await worker.close();
    await db.end();
    await t.close();
  });

  const statusOf = async (id: string): Promise<string | undefined> => {
    const { rows } = await db.query<{ status: string }>('SELECT status FROM reviews WHERE id = $1', [id]);
    return ['published', 'held', 'withheld'].includes(rows[0]?.status) ? rows[0].status : undefined;
  };

  it('publishes an ordinary review with an automated, explained decision record', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    expect(res.status).toBe(202);
    expect(await waitFor(() => statusOf(res.body.id), 'verdict')).toBe('published');
    const got = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...bearer(w.moderatorKey));
    const decision = got.body.decisions.at(-1);
    expect(decision).toMatchObject({ action: 'publish', toStatus: 'published', automated: true, actorType: 'system' });
    expect(decision.ruleSetVersion).toEqual(expect.any(String));
    const { rows } = await db.query('SELECT verdict, signals FROM review_scores WHERE review_id = $1', [res.body.id]);
    expect(rows).toHaveLength(1);
    for (const signal of rows[0].signals) expect(signal).toEqual(expect.objectContaining({ id: expect.any(String), value: expect.any(Number), weight: expect.any(Number), contribution: expect.any(Number), reason: expect.any(String) }));
    const storefront = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...bearer(w.storefrontKey));
    expect(storefront.status).toBe(200);
  });

  it('withholds a review carrying personal data, with a statement of reasons and redress', async () => {
    const body = reviewBody({ productId: w.product.id, body: 'Great tent. Call me on 13812345678 or write to alice.smith@example.com for a discount code.' });
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(body);
    expect(await waitFor(() => statusOf(res.body.id), 'verdict')).toBe('withheld');
    const got = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...bearer(w.adminKey));
    const decision = got.body.decisions.at(-1);
    expect(decision).toMatchObject({ action: 'withhold', automated: true });
    expect(decision.redress).toMatch(/appeal/i);
  });

  it('holds copy-paste duplicates for a moderator and opens exactly one queue item each', async () => {
    const text = 'Absolutely amazing product, best purchase ever, highly recommend to everyone, five stars, will buy again for sure!!';
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, rating: 5, body: text, title: null }));
      ids.push(res.body.id);
      await waitFor(() => statusOf(res.body.id), 'verdict');
    }
    const { rows } = await db.query<{ status: string }>('SELECT status FROM reviews WHERE id = ANY($1)', [ids]);
    expect(rows.filter((r) => r.status === 'held').length).toBeGreaterThanOrEqual(4);
    const items = await db.query('SELECT review_id, count(*) FROM moderation_items WHERE review_id = ANY($1) GROUP BY review_id HAVING count(*) > 1', [ids]);
    expect(items.rows).toHaveLength(0);
  });

  it('re-scores an author edit and keeps one score per revision', async () => {
    // A quiet product: the other tests' burst on w.product would (rightly) raise the burst signal.
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.otherProduct.id }));
    await waitFor(() => statusOf(res.body.id), 'first verdict');
    const edit = await request(t.server).patch(`/v1/reviews/${res.body.id}`).set(...bearer(w.channel.key)).send({ body: 'Update after a month: the zip broke, support replaced it within 3 days.' });
    expect(edit.body).toMatchObject({ status: 'edited' });
    await waitFor(async () => {
      const { rows } = await db.query('SELECT revision FROM review_scores WHERE review_id = $1 ORDER BY revision', [res.body.id]);
      return rows.length === 2 ? rows : undefined;
    }, 'second score');
    expect(await statusOf(res.body.id)).toBe('published');
  });
});
