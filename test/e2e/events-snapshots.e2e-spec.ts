import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { forbiddenPaths } from '../utils/privacy.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';
import { startReceiver, type Receiver } from '../utils/webhook-receiver.js';

/** Keys of moderation internals that no event may carry, for any audience. */
const INTERNAL_KEYS = ['fakeScore', 'signals', 'weight', 'ruleSetVersion', 'decisions', 'history', 'actorId', 'note', 'facts'];
const keysOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(keysOf) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : [];

/** Events (webhooks and the feed) carry the resource as the receiving role's GET shows it, next to the ids. */
describe('events carry the review snapshot', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let rx: Receiver;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    rx = await startReceiver();
    for (const [name, key] of [['storefront', w.storefrontKey], ['merchant', w.merchant.key]] as const) {
      const res = await request(t.server).post('/v1/webhooks').set(...bearer(key)).send({ url: rx.url(`/${name}`), topics: ['review.published', 'review.removed', 'response.published'] });
      expect(res.status).toBe(201);
    }
    worker = await startTestWorker(t.env);
  });
  afterAll(async () => {
    await worker.close();
    await rx.close();
    await sql.close();
    await t.close();
  });

  const arrived = (path: string, type: string, reviewId: string) =>
    waitFor(async () => rx.received.find((r) => r.path === path && r.json.type === type && r.json.data.reviewId === reviewId), `${type} at ${path}`, 20_000);
  const published = async (): Promise<string> => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    await arrived('/storefront', 'review.published', res.body.id as string);
    return res.body.id as string;
  };
  const getAs = async (key: string, id: string): Promise<Record<string, unknown>> => (await request(t.server).get(`/v1/reviews/${id}`).set(...bearer(key))).body;
  const feedEvent = async (key: string, type: string, reviewId: string): Promise<any> => {
    const res = await request(t.server).get('/v1/events').query({ limit: 500 }).set(...bearer(key));
    expect(res.status).toBe(200);
    return res.body.data.find((e: any) => e.type === type && e.data.reviewId === reviewId);
  };
  let publishedId = '';

  it('a published review’s event carries its public snapshot to storefronts and the merchant view to the merchant', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    publishedId = res.body.id as string;
    const storefront = await arrived('/storefront', 'review.published', publishedId);
    const merchant = await arrived('/merchant', 'review.published', publishedId);

    // Version 2, ids unchanged, and the snapshot is exactly what that role's GET returns.
    expect(storefront.json).toMatchObject({ dataVersion: 2, data: { reviewId: publishedId, productId: w.product.id } });
    expect(storefront.json.data.review).toEqual(await getAs(w.storefrontKey, publishedId));
    expect(storefront.json.data.review).toMatchObject({ id: publishedId, body: expect.any(String), folded: false });
    expect(storefront.json.data.review).not.toHaveProperty('status');
    expect(storefront.json.data.review).not.toHaveProperty('analysis');
    expect(merchant.json.data.review).toEqual(await getAs(w.merchant.key, publishedId));
    expect(merchant.json.data.review).toMatchObject({ status: 'published', analysis: { sentiment: expect.any(Object) } });
    for (const got of [storefront, merchant]) {
      expect(forbiddenPaths(got.json)).toEqual([]);
      expect(keysOf(got.json).filter((k) => INTERNAL_KEYS.includes(k))).toEqual([]);
    }
    // The feed is the same JSON per role.
    expect((await feedEvent(w.storefrontKey, 'review.published', publishedId)).data.review).toEqual(storefront.json.data.review);
    expect((await feedEvent(w.merchant.key, 'review.published', publishedId)).data.review).toEqual(merchant.json.data.review);
  });

  it('a review taken out of the public set carries no text to storefronts; the merchant sees what its GET shows', async () => {
    const original = (await getAs(w.storefrontKey, publishedId)).body as string;
    const edited = 'Changed my mind. Call me on 13812345678 or write to bob@example.com for a cheap resale copy.';
    expect((await request(t.server).patch(`/v1/reviews/${publishedId}`).set(...bearer(w.channel.key)).send({ body: edited })).status).toBeLessThan(300);
    const storefront = await arrived('/storefront', 'review.removed', publishedId);
    const merchant = await arrived('/merchant', 'review.removed', publishedId);

    expect(storefront.json).toMatchObject({ dataVersion: 2, data: { reviewId: publishedId, reason: 'author_edit', review: null } });
    expect(storefront.body).not.toContain(original);
    expect(storefront.body).not.toContain('13812345678');
    expect((await feedEvent(w.storefrontKey, 'review.removed', publishedId)).data.review).toBeNull();

    // Snapshots are taken at publish time: the merchant's copy shows the review out of the public set, as its GET did then.
    expect(merchant.json.data.review).toMatchObject({ id: publishedId, merchantId: w.merchant.id, body: edited });
    expect(['published', 'folded']).not.toContain((merchant.json.data.review as { status: string }).status);
    expect(keysOf(merchant.json).filter((k) => INTERNAL_KEYS.includes(k))).toEqual([]);

    // Once rescored, the edit is not public (PII), and no storefront event ever carried its text.
    const status = await waitFor(async () => {
      const [row] = await sql.query<{ status: string }>('SELECT status FROM reviews WHERE id = $1', [publishedId]);
      return ['received', 'scoring'].includes(row.status) ? undefined : row.status;
    }, 'rescoring');
    expect(['held', 'withheld']).toContain(status);
    expect(rx.received.filter((r) => r.path === '/storefront').some((r) => r.body.includes('13812345678'))).toBe(false);
  });

  it('a public reply’s event carries the reply as the review list shows it to storefronts and the merchant’s response view', async () => {
    const reviewId = await published();
    const reply = await request(t.server).post(`/v1/reviews/${reviewId}/responses`).set(...bearer(w.merchant.key)).send({ body: 'Thank you, enjoy the tent!', visibility: 'public' });
    expect(reply.status).toBe(201);
    const storefront = await arrived('/storefront', 'response.published', reviewId);
    const merchant = await arrived('/merchant', 'response.published', reviewId);
    expect(storefront.json).toMatchObject({ dataVersion: 2, data: { responseId: reply.body.id, reviewId } });

    const list = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ limit: 100 }).set(...bearer(w.storefrontKey));
    const shown = list.body.data.find((r: { id: string }) => r.id === reviewId).merchantResponse;
    expect(storefront.json.data.response).toEqual(shown);
    expect(storefront.json.data.response).toEqual({ body: 'Thank you, enjoy the tent!', edited: false, publishedAt: expect.any(String) });

    const own = await request(t.server).get(`/v1/reviews/${reviewId}/responses`).set(...bearer(w.merchant.key));
    expect(merchant.json.data.response).toEqual(own.body.data.find((r: { id: string }) => r.id === reply.body.id));
    for (const got of [storefront, merchant]) expect(forbiddenPaths(got.json)).toEqual([]);
  });
});
