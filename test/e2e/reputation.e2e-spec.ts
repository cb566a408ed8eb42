import request from 'supertest';
import { ReputationRollupService } from '../../src/reputation/reputation-rollup.service.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { insertFixturePurchases, insertFixtureReviews, publishedAfter, type FixturePurchase, type FixtureReview } from '../utils/reputation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const D0 = '2026-02-20';
const D1 = '2026-03-02';
const D2 = '2026-03-03';
const PERIOD = `from=${D1}&to=${D2}`;
/** The previous period of D1..D2 (same length, ending the day before): churn's reference. */
const P0 = '2026-02-28';
const P1 = '2026-03-01';

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
        aspects: ['quality', 'logistics'], decisions: publishedAfter(120), replyAfterSeconds: 1800, recommends: true, npsScore: 10 },
      { ...m1, channelId: web, receivedAt: `${D1}T09:00:00Z`, rating: 4, status: 'published', incentivized: true, sentiment: { label: 'neutral', score: 0 },
        aspects: ['price'], decisions: publishedAfter(60), replyAfterSeconds: 7200, body: "Would not recommend, the strap broke", npsScore: 6 },
      { ...m1, channelId: app, receivedAt: `${D1}T10:00:00Z`, rating: 2, status: 'published', sentiment: { label: 'negative', score: -0.6 },
        aspects: ['logistics', 'customer_service'], replyAfterSeconds: 18_000, body: '物流慢，但东西不错，推荐', npsScore: 8,
        decisions: [{ toStatus: 'held', action: 'hold', afterSeconds: 5 }, { toStatus: 'published', action: 'approve', afterSeconds: 3600, automated: false }] },
      { ...m1, channelId: app, receivedAt: `${D2}T01:00:00Z`, rating: 1, status: 'withheld', sentiment: { label: 'negative', score: -0.9 },
        decisions: [{ toStatus: 'withheld', action: 'withhold', afterSeconds: 30, reasonCode: 'fake_or_not_genuine' }], body: 'Highly recommend!', npsScore: 0 },
      { ...m1, channelId: web, receivedAt: `${D2}T02:00:00Z`, rating: 3, status: 'folded', sentiment: { label: 'mixed', score: 0.1 }, aspects: ['quality'],
        body: 'I recommend the colour, not the fit', recommends: false, npsScore: 9,
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
    // Complaint events: two for this merchant's product on the web channel (one resent), one for the other merchant.
    const complaint = (key: string, body: object): request.Test => request(t.server).post('/v1/reputation/complaints').set(...bearer(key)).send(body);
    for (const [key, body] of [
      [w.channel.key, { externalId: 'cs-1', productId: w.product.id, occurredAt: `${D1}T12:00:00Z`, category: 'logistics' }],
      [w.adminKey, { externalId: 'cs-2', channelId: web, productId: w.product.id, occurredAt: `${D2}T12:00:00Z` }],
      [w.channel.key, { externalId: 'cs-3', productId: w.otherProduct.id, occurredAt: `${D1}T13:00:00Z` }],
    ] as const) expect((await complaint(key, body)).status).toBe(201);
    const resend = await complaint(w.channel.key, { externalId: 'cs-1', productId: w.product.id, occurredAt: `${D1}T12:00:00Z`, category: 'logistics' });
    expect({ status: resend.status, duplicate: resend.body.duplicate }).toEqual({ status: 200, duplicate: true });
    // Purchases: the previous period of D1..D2 is ${P0}..${P1}. A keeps buying, B and C stop (churned), D buys twice (repeat),
    // E is new on the app channel; F buys the other merchant's product (outside the merchant's scope).
    const buy = (shopper: string, channelId: string, orderRef: string, day: string, productId = w.product.id): FixturePurchase =>
      ({ shopper, channelId, productId, orderRef, purchasedAt: `${day}T15:00:00Z` });
    await insertFixturePurchases(sql, [
      buy('A', web, 'a1', P1), buy('A', web, 'a2', D1), buy('B', web, 'b1', P0), buy('C', web, 'c1', P1),
      buy('D', web, 'd1', D1), buy('D', web, 'd2', D2), buy('E', app, 'e1', D2), buy('F', web, 'f1', P1, w.otherProduct.id),
    ]);
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
    // Complaints: 1 supplied with the D1 order count + 2 events (cs-1, cs-2; the resend of cs-1 is not counted) = 3, over 40 + 10 = 50 orders.
    // Negative reviews (1–2★ or negative text) among the 4 public ones: only the 2★ app review → 1 ÷ 4.
    expect(s.complaints).toEqual({ complaints: 3, orders: 50, rate: 0.06, negativeReviews: 1, negativeReviewRate: 0.25 });
    // Reply time, exact: 1800, 7200, 18000 s = 30, 120, 300 min. Median = 120. p90 at rank 0.9 × (3 − 1) = 1.8:
    // 120 + 0.8 × (300 − 120) = 264 min. (The bucketed latency keeps its old, coarser 28,800 s.)
    expect(s.replies).toEqual({
      replied: 3, rate: 0.75, time: { count: 3, medianMinutes: 120, p90Minutes: 264 },
      latency: { count: 3, medianSeconds: 7200, p90Seconds: 28_800, overflow: false },
    });
    // Recommendation over the 4 public reviews: 5★ explicit yes; 4★ "Would not recommend" → no; 2★ "…推荐" → yes;
    // the folded 3★ says "I recommend…" but answered no explicitly → no (explicit wins). The withheld one is not public.
    // Share = 2 ÷ 4 = 0.5. NPS answers 10, 6, 8, 9 → promoters 2 (10, 9), passives 1 (8), detractors 1 (6):
    // (2 − 1) ÷ 4 × 100 = 25.
    expect(s.recommendation).toEqual({
      recommending: 2, notRecommending: 2, share: 0.5, nps: { answers: 4, promoters: 2, passives: 1, detractors: 1, score: 25 },
    });
    expect({ verified: s.verifiedShare, incentivized: s.incentivizedShare }).toEqual({ verified: 0.25, incentivized: 0.25 });
    expect(s.fake).toEqual({ count: 1, rate: 0.1667 });
    expect(s.moderationSla).toEqual({ count: 5, medianSeconds: 60, p90Seconds: 3600, overflow: false });
    // Previous period shoppers A, B, C; of them B and C bought nothing in D1..D2 → churn 2 ÷ 3.
    // This period's shoppers A, D, E; only D bought on two orders → repeat 1 ÷ 3. F is the other merchant's.
    expect(res.body.loyalty).toEqual({
      shoppers: 3, repeatShoppers: 1, previousShoppers: 3, churned: 2, churnRate: 0.6667, repeatPurchaseRate: 0.3333, previousPeriod: { from: P0, to: P1 },
    });
  });

  it('gives a merchant key its own figures per channel (merchant × channel, product × channel)', async () => {
    const web = await get(w.merchant.key, `/v1/reputation/indicators?scope=merchant&channelId=${w.channel.id}&${PERIOD}`);
    expect(web.status).toBe(200);
    expect(web.body.scope).toEqual({ type: 'merchant', id: w.merchant.id, channelId: w.channel.id });
    // Web: public 5★, 4★ and the folded 3★. Orders 40; complaints 1 supplied + cs-1 + cs-2 = 3 → 0.075. No negative review on web.
    expect(web.body.summary.volume).toEqual({ received: 4, published: 3 });
    expect(web.body.summary.complaints).toEqual({ complaints: 3, orders: 40, rate: 0.075, negativeReviews: 0, negativeReviewRate: 0 });
    // Replies on web: 30 and 120 min → median (30 + 120) ÷ 2 = 75; p90 at rank 0.9: 30 + 0.9 × 90 = 111.
    expect(web.body.summary.replies.time).toEqual({ count: 2, medianMinutes: 75, p90Minutes: 111 });
    // Web shoppers this period: A and D (E bought on the app) → D repeats: 1 ÷ 2; previous A, B, C → 2 churned of 3.
    expect(web.body.loyalty).toMatchObject({ shoppers: 2, repeatShoppers: 1, repeatPurchaseRate: 0.5, previousShoppers: 3, churned: 2, churnRate: 0.6667 });
    expect(web.body.channels).toEqual([]);
    const app = await get(w.merchant.key, `/v1/reputation/indicators?scope=product&id=${w.product.id}&channelId=${w.otherChannel.id}&${PERIOD}`);
    // App: the 2★ (public, negative, recommends by text, NPS 8) and the withheld 1★. Orders 10, no complaints → 0.
    expect(app.body.summary.volume).toEqual({ received: 2, published: 1 });
    expect(app.body.summary.complaints).toEqual({ complaints: 0, orders: 10, rate: 0, negativeReviews: 1, negativeReviewRate: 1 });
    expect(app.body.summary.recommendation).toEqual({
      recommending: 1, notRecommending: 0, share: 1, nps: { answers: 1, promoters: 0, passives: 1, detractors: 0, score: 0 },
    });
    expect(app.body.loyalty).toMatchObject({ shoppers: 1, previousShoppers: 0, churnRate: null, repeatPurchaseRate: 0 });
    expectError(await get(w.merchant.key, `/v1/reputation/indicators?scope=platform&channelId=${w.channel.id}`), 403, 'OUT_OF_SCOPE');
    expectError(await get(w.adminKey, `/v1/reputation/indicators?scope=channel&id=${w.channel.id}&channelId=${w.channel.id}`), 400, 'CHANNEL_FILTER_CONFLICT');
    expectError(await get(w.merchant.key, '/v1/reputation/indicators?scope=merchant&channelId=00000000-0000-4000-8000-000000000009'), 404, 'SCOPE_NOT_FOUND');
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
    // Platform complaints: this merchant's 3 plus the other merchant's cs-3 = 4, over 50 orders.
    expect(platform.body.summary.complaints).toMatchObject({ complaints: 4, orders: 50, rate: 0.08 });
    // Platform shoppers: A, D, E this period (F only bought before) → churn B, C, F of A, B, C, F = 3 ÷ 4.
    expect(platform.body.loyalty).toMatchObject({ shoppers: 3, previousShoppers: 4, churned: 3, churnRate: 0.75 });
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

    it('lets a merchant refresh its own rollups once a minute, with 429 and Retry-After after that', async () => {
      const refresh = (): request.Test => request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.otherMerchant.key)).send({});
      const first = await refresh();
      expect(first.status).toBe(202);
      expect(first.body.jobId).toMatch(new RegExp(`^reputation-rollup-merchant-${w.otherMerchant.id}-\\d+$`));
      const second = await refresh();
      expectError(second, 429, 'REFRESH_RATE_LIMITED');
      const retryAfter = Number(second.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Another merchant has its own allowance.
      expect((await request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.merchant.key)).send({})).status).toBe(202);
    });

    it('rebuilds only the merchant\'s own rows on a merchant refresh', async () => {
      await insertFixtureReviews(sql, [{ productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: w.channel.id, receivedAt: `${D1}T18:00:00Z`,
        rating: 5, status: 'published', decisions: publishedAfter(60) }]);
      const platformBefore = await get(w.adminKey, `/v1/reputation/indicators?scope=platform&${PERIOD}`);
      await t.app.get(ReputationRollupService).runForMerchant(w.otherMerchant.id, { from: D1, to: D2 });
      const own = await get(w.otherMerchant.key, `/v1/reputation/indicators?scope=merchant&${PERIOD}`);
      // The other merchant's period: the 1★ of D1 and the new 5★ → 2 ratings, average 3.
      expect(own.body.summary.rating).toMatchObject({ count: 2, average: 3 });
      // Platform rows wait for the platform run.
      const platformAfter = await get(w.adminKey, `/v1/reputation/indicators?scope=platform&${PERIOD}`);
      expect(platformAfter.body.summary.volume).toEqual(platformBefore.body.summary.volume);
    });

    it('lets only admins and merchants trigger a rollup', async () => {
      expectError(await request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.moderatorKey)).send({}), 403);
      expectError(await request(t.server).post('/v1/reputation/rollups:refresh').set(...bearer(w.channel.key)).send({}), 403);
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

    it('takes the explicit recommendation and 0–10 answer on review intake', async () => {
      const post = (body: object): request.Test => request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(body);
      const base = reviewBody({ productId: w.product.id });
      expectError(await post({ ...base, npsScore: 11 }), 400, 'VALIDATION_FAILED');
      expectError(await post({ ...base, recommends: 'yes' }), 400, 'VALIDATION_FAILED');
      const res = await post({ ...base, recommends: false, npsScore: 7 });
      expect(res.status).toBe(202);
      expect(await sql.query('SELECT recommends, nps_score FROM reviews WHERE id = $1', [res.body.id])).toEqual([{ recommends: false, nps_score: 7 }]);
    });

    it('checks complaint events', async () => {
      const post = (key: string, body: object): request.Test => request(t.server).post('/v1/reputation/complaints').set(...bearer(key)).send(body);
      const ok = { externalId: 'cs-bad', productId: w.product.id, occurredAt: `${D1}T12:00:00Z` };
      expectError(await post(w.adminKey, ok), 400, 'CHANNEL_REQUIRED');
      expectError(await post(w.channel.key, { ...ok, channelId: w.otherChannel.id }), 403, 'CHANNEL_MISMATCH');
      expectError(await post(w.channel.key, { ...ok, productId: '00000000-0000-4000-8000-000000000001' }), 422, 'UNKNOWN_PRODUCT');
      expectError(await post(w.adminKey, { ...ok, channelId: '00000000-0000-4000-8000-000000000001' }), 422, 'UNKNOWN_CHANNEL');
      expectError(await post(w.channel.key, { ...ok, occurredAt: '2999-01-01T00:00:00Z' }), 400, 'OCCURRED_IN_FUTURE');
      expectError(await post(w.channel.key, { ...ok, category: 'vibes' }), 400, 'VALIDATION_FAILED');
      expectError(await post(w.channel.key, { ...ok, externalId: '' }), 400, 'VALIDATION_FAILED');
      expectError(await post(w.channel.key, { ...ok, extra: 1 }), 400, 'VALIDATION_FAILED');
      // Same (channel, externalId) with other content: refused, never silently replaced.
      expectError(await post(w.channel.key, { externalId: 'cs-1', productId: w.product.id, occurredAt: `${D2}T12:00:00Z` }), 409, 'COMPLAINT_CONFLICT');
      expectError(await post(w.merchant.key, ok), 403);
      expectError(await post(w.moderatorKey, ok), 403);
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
