import request from 'supertest';
import { ReputationRollupService } from '../../src/reputation/reputation-rollup.service.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { insertFixtureReviews, publishedAfter, type FixtureReview } from '../utils/reputation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const D0 = '2026-02-20';
const D1 = '2026-03-02';
const D2 = '2026-03-03';
const PERIOD = `from=${D1}&to=${D2}`;

describe('reputation indicators from the daily rollups', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const get = (key: string, path: string): request.Test => request(t.server).get(path).set(...bearer(key));
  const rollup = (): Promise<unknown> => t.app.get(ReputationRollupService).run();

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const m1 = { productId: w.product.id, merchantId: w.merchant.id };
    const web = w.channel.id;
    const app = w.otherChannel.id;
    const reviews: FixtureReview[] = [
      { ...m1, channelId: web, receivedAt: `${D1}T08:00:00Z`, rating: 5, status: 'published', verified: true, sentiment: { label: 'positive', score: 0.8 },
        aspects: ['quality', 'logistics'], decisions: publishedAfter(120), replyAfterSeconds: 1800 },
      { ...m1, channelId: web, receivedAt: `${D1}T09:00:00Z`, rating: 4, status: 'published', incentivized: true, sentiment: { label: 'neutral', score: 0 },
        aspects: ['price'], decisions: publishedAfter(60), replyAfterSeconds: 7200 },
      { ...m1, channelId: app, receivedAt: `${D1}T10:00:00Z`, rating: 2, status: 'published', sentiment: { label: 'negative', score: -0.6 },
        aspects: ['logistics', 'customer_service'], replyAfterSeconds: 18_000,
        decisions: [{ toStatus: 'held', action: 'hold', afterSeconds: 5 }, { toStatus: 'published', action: 'approve', afterSeconds: 3600, automated: false }] },
      { ...m1, channelId: app, receivedAt: `${D2}T01:00:00Z`, rating: 1, status: 'withheld', sentiment: { label: 'negative', score: -0.9 },
        decisions: [{ toStatus: 'withheld', action: 'withhold', afterSeconds: 30, reasonCode: 'fake_or_not_genuine' }] },
      { ...m1, channelId: web, receivedAt: `${D2}T02:00:00Z`, rating: 3, status: 'folded', sentiment: { label: 'mixed', score: 0.1 }, aspects: ['quality'],
        decisions: [{ toStatus: 'published', action: 'publish', afterSeconds: 60 }, { toStatus: 'folded', action: 'fold', afterSeconds: 86_400, automated: false, reasonCode: 'off_topic' }] },
      { ...m1, channelId: web, receivedAt: `${D2}T03:00:00Z`, rating: 5, status: 'held', decisions: [{ toStatus: 'held', action: 'hold', afterSeconds: 10 }] },
      // The other merchant: only moves the platform mean (the Bayesian prior).
      { productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: web, receivedAt: `${D1}T11:00:00Z`, rating: 1, status: 'published',
        sentiment: { label: 'negative', score: -0.5 }, decisions: publishedAfter(60) },
      // Outside the period, never touched again: the incremental run must leave its rows alone.
      { productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: web, receivedAt: `${D0}T11:00:00Z`, rating: 4, status: 'published',
        decisions: publishedAfter(60) },
    ];
    await insertFixtureReviews(sql, reviews);
    const put = await request(t.server).put('/v1/reputation/order-counts').set(...bearer(w.merchant.key)).send({ items: [
      { day: D1, productId: w.product.id, channelId: web, orders: 40, complaints: 1 },
      { day: D2, productId: w.product.id, channelId: app, orders: 10 },
    ] });
    expect(put.status).toBe(200);
    await rollup();
  }, 120_000);
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('computes every merchant indicator exactly as by hand', async () => {
    const res = await get(w.merchant.key, `/v1/reputation/indicators?scope=merchant&${PERIOD}`);
    expect(res.status).toBe(200);
    const s = res.body.summary;
    expect(res.body.prior).toEqual({ mean: 3, weight: 7 });
    expect(s.volume).toEqual({ received: 6, published: 4 });
    expect(s.rating).toEqual({ count: 4, average: 3.5, bayesianAverage: 3.1818, distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 1 }, satisfiedShare: 0.5 });
    expect(s.sentiment).toEqual({ positive: 1, neutral: 1, negative: 1, mixed: 1, negativeShare: 0.25, positiveShare: 0.25, averageScore: 0.075 });
    const aspects = Object.fromEntries(s.aspects.map((a: { aspect: string; mentions: number; negative: number }) => [a.aspect, [a.mentions, a.negative]]));
    expect(aspects).toEqual({
      quality: [2, 0], logistics: [2, 1], after_sales: [0, 0], customer_service: [1, 1], price: [1, 0], description_accuracy: [0, 0], authenticity: [0, 0],
    });
    expect(s.complaints).toEqual({ negativeReviews: 1, complaints: 1, orders: 50, rate: 0.04 });
    expect(s.replies).toEqual({ replied: 3, rate: 0.75, latency: { count: 3, medianSeconds: 7200, p90Seconds: 28_800, overflow: false } });
    expect({ verified: s.verifiedShare, incentivized: s.incentivizedShare }).toEqual({ verified: 0.25, incentivized: 0.25 });
    expect(s.fake).toEqual({ count: 1, rate: 0.1667 });
    expect(s.moderationSla).toEqual({ count: 5, medianSeconds: 60, p90Seconds: 3600, overflow: false });
  });

  it('gives a daily series and the channel split of the same figures', async () => {
    const res = await get(w.adminKey, `/v1/reputation/indicators?scope=merchant&id=${w.merchant.id}&${PERIOD}`);
    expect(res.body.series.map((p: Record<string, unknown>) => [p.day, p.received, p.published, p.average])).toEqual([[D1, 3, 3, 3.6667], [D2, 3, 1, 3]]);
    const channels = Object.fromEntries(res.body.channels.map((c: Record<string, unknown>) => [c.channelId, [c.ratingCount, c.average, c.satisfiedShare, c.test]]));
    expect(channels).toEqual({ [w.channel.id]: [3, 4, 0.6667, null], [w.otherChannel.id]: [1, 2, 0, null] });
  });

  it('answers product, channel and platform scopes from the same rollup', async () => {
    const product = await get(w.merchant.key, `/v1/reputation/indicators?scope=product&id=${w.product.id}&${PERIOD}`);
    expect(product.body.summary.volume).toEqual({ received: 6, published: 4 });
    const channel = await get(w.moderatorKey, `/v1/reputation/indicators?scope=channel&id=${w.otherChannel.id}&${PERIOD}`);
    expect(channel.body.summary.rating.distribution).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(channel.body.summary.complaints.orders).toBe(10);
    const platform = await get(w.adminKey, `/v1/reputation/indicators?scope=platform&${PERIOD}`);
    expect(platform.body.summary.volume).toEqual({ received: 7, published: 5 });
    expect(platform.body.summary.rating.average).toBe(3);
  });

  it('recomputes only touched days on the next run (watermark)', async () => {
    await insertFixtureReviews(sql, [{ productId: w.product.id, merchantId: w.merchant.id, channelId: w.channel.id, receivedAt: `${D2}T20:00:00Z`,
      rating: 5, status: 'published', decisions: publishedAfter(60) }]);
    const computedAt = 'SELECT max(computed_at) AS at FROM reputation_daily WHERE day = $1';
    const [before] = await sql.query<{ at: Date }>(computedAt, [D0]);
    const outcome = await t.app.get(ReputationRollupService).run() as { days: number };
    // D2 for the new review, D1 too because order counts written within the watermark's safety overlap are redone.
    expect(outcome.days).toBe(2);
    expect((await sql.query<{ at: Date }>(computedAt, [D0]))[0].at).toEqual(before.at);
    const res = await get(w.merchant.key, `/v1/reputation/indicators?scope=merchant&${PERIOD}`);
    expect(res.body.summary.rating).toMatchObject({ count: 5, average: 3.8 });
    const status = await get(w.adminKey, '/v1/reputation/rollups/status');
    expect(status.body).toMatchObject({ lastDays: 2, progress: 1, watermark: expect.any(String) });
  });

  describe('role scoping', () => {
    it('keeps merchants to their own scopes', async () => {
      expectError(await get(w.merchant.key, `/v1/reputation/indicators?scope=merchant&id=${w.otherMerchant.id}`), 404, 'SCOPE_NOT_FOUND');
      expectError(await get(w.merchant.key, `/v1/reputation/indicators?scope=product&id=${w.otherProduct.id}`), 404, 'SCOPE_NOT_FOUND');
      expectError(await get(w.merchant.key, '/v1/reputation/indicators?scope=platform'), 403, 'OUT_OF_SCOPE');
      expectError(await get(w.merchant.key, `/v1/reputation/indicators?scope=channel&id=${w.channel.id}`), 403, 'OUT_OF_SCOPE');
      expectError(await get(w.merchant.key, `/v1/reputation/suppression-audit?merchantId=${w.otherMerchant.id}`), 404, 'SCOPE_NOT_FOUND');
      expectError(await get(w.merchant.key, '/v1/reputation/transparency-report'), 403);
    });

    it.each(['storefrontKey', 'channelKey'])('refuses dashboards to %s', async (which) => {
      const key = which === 'channelKey' ? w.channel.key : w.storefrontKey;
      expectError(await get(key, '/v1/reputation/indicators?scope=platform'), 403);
      expectError(await get(key, '/v1/reputation/suppression-audit'), 403);
    });

    it('lets only admins trigger a rollup', async () => {
      expectError(await request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.moderatorKey)).send({}), 403);
      const res = await request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.adminKey)).send({ from: D1, to: D2 });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ jobId: `reputation-rollup-${D1}-${D2}`, state: expect.any(String) });
    });
  });

  describe('bad input answers 400/404/422, never 500', () => {
    it.each([
      ['an impossible date', 'scope=platform&from=2026-02-30&to=2026-03-01', 'INVALID_PERIOD'],
      ['from after to', 'scope=platform&from=2026-03-05&to=2026-03-01', 'INVALID_PERIOD'],
      ['a huge range', 'scope=platform&from=2020-01-01&to=2026-03-01', 'INVALID_PERIOD'],
      ['a malformed date', 'scope=platform&from=yesterday', 'VALIDATION_FAILED'],
      ['an unknown scope', 'scope=galaxy', 'VALIDATION_FAILED'],
      ['a scope without id', 'scope=product', 'SCOPE_ID_REQUIRED'],
      ['a non-uuid id', 'scope=product&id=42', 'VALIDATION_FAILED'],
    ])('%s', async (_name, query, code) => {
      expectError(await get(w.adminKey, `/v1/reputation/indicators?${query}`), 400, code);
    });

    it('404s unknown ids and 400s unknown formats', async () => {
      expectError(await get(w.adminKey, '/v1/reputation/indicators?scope=product&id=00000000-0000-4000-8000-000000000001'), 404, 'SCOPE_NOT_FOUND');
      expectError(await get(w.adminKey, '/v1/reputation/suppression-audit?format=xml'), 400, 'VALIDATION_FAILED');
      expectError(await get(w.adminKey, '/v1/reputation/transparency-report?format=pdf'), 400, 'VALIDATION_FAILED');
    });

    it('checks supplied order counts', async () => {
      const put = (key: string, items: unknown[]): request.Test => request(t.server).put('/v1/reputation/order-counts').set(...bearer(key)).send({ items });
      const item = { day: D1, productId: w.otherProduct.id, channelId: w.channel.id, orders: 5 };
      expectError(await put(w.merchant.key, [item]), 422, 'UNKNOWN_PRODUCT');
      expectError(await put(w.otherChannel.key, [item]), 403, 'CHANNEL_MISMATCH');
      expectError(await put(w.adminKey, [{ ...item, orders: -1 }]), 400, 'VALIDATION_FAILED');
      expectError(await put(w.adminKey, [{ ...item, day: '2026-13-01' }]), 400);
      expectError(await put(w.adminKey, [item, item]), 400, 'DUPLICATE_IN_REQUEST');
      expectError(await put(w.adminKey, []), 400, 'VALIDATION_FAILED');
      expect((await put(w.channel.key, [item])).body).toEqual({ upserted: 1 });
    });
  });
});
