import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claimAndDecide, seedHeld, seedReviews } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Issue 14: a merchant's flag reaches moderators like a report, weighted by the merchant's record, and the merchant sees the outcome. */
describe('merchant flags reach moderation', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  const flag = (reviewId: string, key: string, body: object = { reasonCode: 'fake_or_not_genuine' }): request.Test =>
    request(t.server).post(`/v1/reviews/${reviewId}/flags`).set(...bearer(key)).send(body);
  const flagsOf = (reviewId: string, key: string): request.Test => request(t.server).get(`/v1/reviews/${reviewId}/flags`).set(...bearer(key));
  const published = async (): Promise<string> => (await seedReviews(t, w, sql, 1, { status: 'published' })).reviewIds[0];
  async function queued(reviewId: string): Promise<any> {
    const res = await request(t.server).get('/v1/moderation/queue').query({ merchantId: w.merchant.id, limit: 100 }).set(...bearer(w.moderatorKey));
    expect(res.status).toBe(200);
    return res.body.items.find((i: { reviewId: string }) => i.reviewId === reviewId);
  }

  it('flag → item in the queue with the flag reason → moderator removes → merchant sees it actioned, with the public reason only', async () => {
    const reviewId = await published();
    expect(await queued(reviewId)).toBeUndefined();

    const first = await flag(reviewId, w.merchant.key, { reasonCode: 'fake_or_not_genuine', note: 'No order under this name in our shop' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String), reviewId, reasonCode: 'fake_or_not_genuine', note: 'No order under this name in our shop', status: 'open',
      createdAt: expect.any(String), outcome: null,
    });
    // Idempotent per (merchant, review): the repeat answers the same open flag and adds no weight.
    const again = await flag(reviewId, w.merchant.key, { reasonCode: 'spam' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, reasonCode: 'fake_or_not_genuine', status: 'open' });

    const item = await queued(reviewId);
    // A merchant with no resolved flags or reports counts 0.5 (Beta(2,2) prior) → +15 priority points on 0.
    expect(item).toMatchObject({ state: 'open', source: 'report', reportCount: 1, priority: 15, reportReasons: ['fake_or_not_genuine'] });
    expect(item.reasonCodes).toContain('reported');
    const detail = await request(t.server).get(`/v1/moderation/items/${item.id}`).set(...bearer(w.moderatorKey));
    expect(detail.body.reports).toEqual([expect.objectContaining({
      reporterRole: 'merchant', reasonCode: 'fake_or_not_genuine', note: 'No order under this name in our shop', weight: 0.5, state: 'open',
    })]);

    const decided = await claimAndDecide(t, w.moderatorKey, item.id, {
      action: 'remove', reasonCode: 'fake_or_not_genuine', reasonText: 'The account posted the same text on 12 products.', note: 'internal: IP cluster 7',
    });
    expect(decided.status).toBe(201);

    const seen = await flagsOf(reviewId, w.merchant.key);
    expect(seen.status).toBe(200);
    expect(seen.body.data).toEqual([{
      id: first.body.id, reviewId, reasonCode: 'fake_or_not_genuine', note: 'No order under this name in our shop', status: 'actioned',
      createdAt: first.body.createdAt,
      outcome: {
        action: 'remove', reasonCode: 'fake_or_not_genuine', decidedAt: expect.any(String),
        reason: 'The review has been removed from public view (it is kept on record) because it does not appear to describe a genuine experience '
          + 'with the product. The account posted the same text on 12 products.',
      },
    }]);
    const [record] = await sql.query<{ actor_id: string }>('SELECT actor_id FROM decision_records WHERE id = $1', [decided.body.decisionId]);
    expect(JSON.stringify(seen.body)).not.toContain(record.actor_id);
    expect(JSON.stringify(seen.body)).not.toContain('IP cluster');
    // Closed: the merchant may flag the review again, which is a new flag.
    expect((await request(t.server).get('/v1/merchant/reviews').query({ limit: 100 }).set(...bearer(w.merchant.key))).body.data
      .find((r: { id: string }) => r.id === reviewId)?.flags ?? []).toEqual([]);
  });

  it('shows a dismissed flag when the moderator approves, and weighs later flags by that record', async () => {
    const merchant = await t.key('merchant', { merchantId: w.merchant.id });
    // One track record per merchant, across its flags and reports: three dismissed → (0 + 2) / (3 + 4) = 2/7.
    for (let i = 0; i < 3; i += 1) {
      const reviewId = await published();
      const res = i === 0 ? await flag(reviewId, merchant, { reasonCode: 'spam' }) : await request(t.server).post(`/v1/reviews/${reviewId}/reports`).set(...bearer(merchant)).send({ reasonCode: 'spam' });
      expect(res.status).toBe(201);
      const item = await queued(reviewId);
      expect((await claimAndDecide(t, w.moderatorKey, item.id, { action: 'approve' })).status).toBe(201);
      if (i === 0) {
        const seen = await flagsOf(reviewId, w.merchant.key);
        expect(seen.body.data).toEqual([expect.objectContaining({
          status: 'dismissed', outcome: { action: 'approve', reasonCode: null, decidedAt: expect.any(String), reason: 'A moderator reviewed it and found it within the rules; it stays published.' },
        })]);
      }
    }
    const before = (await sql.query<{ upheld: number; rejected: number }>(
      `SELECT count(*) FILTER (WHERE state = 'upheld')::int AS upheld, count(*) FILTER (WHERE state = 'rejected')::int AS rejected FROM moderation_reports WHERE reporter_ref = $1`,
      [`merchant:${w.merchant.id}`]))[0];
    const reviewId = await published();
    expect((await flag(reviewId, merchant)).status).toBe(201);
    const accuracy = (before.upheld + 2) / (before.upheld + before.rejected + 4);
    const item = await queued(reviewId);
    expect(item.priority).toBe(Math.round(30 * accuracy));
    const detail = await request(t.server).get(`/v1/moderation/items/${item.id}`).set(...bearer(w.moderatorKey));
    expect(detail.body.reports[0].weight).toBeCloseTo(accuracy, 3);
    // The first test upheld one flag, this one rejected three: (1 + 2) / (1 + 3 + 4) = 3/8 → 11 points, less than a new reporter's 15.
    expect(before).toEqual({ upheld: 1, rejected: 3 });
    expect(item.priority).toBe(11);
  });

  it('adds a flag to an item already open for the review, and shows its reason there', async () => {
    const { reviewIds, itemIds } = await seedReviews(t, w, sql, 1, { status: 'published', withItem: true, priority: 40, reasonCodes: ['near_duplicate'] });
    const res = await flag(reviewIds[0], w.merchant.key, { reasonCode: 'duplicate' });
    expect(res.status).toBe(201);
    const item = await queued(reviewIds[0]);
    expect(item).toMatchObject({ id: itemIds[0], reportCount: 1, reportReasons: ['duplicate'], reasonCodes: ['near_duplicate', 'reported'] });
    expect(item.priority).toBeGreaterThan(40);
  });

  it('keeps flags to the merchant whose product it is, and to merchant and admin keys', async () => {
    const reviewId = await published();
    expectError(await flag(reviewId, w.otherMerchant.key), 404, 'REVIEW_NOT_FOUND');
    expectError(await flagsOf(reviewId, w.otherMerchant.key), 404, 'REVIEW_NOT_FOUND');
    expectError(await flag(reviewId, w.storefrontKey), 403, 'FORBIDDEN');
    expectError(await flag(reviewId, w.channel.key), 403, 'FORBIDDEN');
    expectError(await flagsOf(reviewId, w.storefrontKey), 403, 'FORBIDDEN');
    expectError(await flagsOf(reviewId, w.channel.key), 403, 'FORBIDDEN');
    expect(await queued(reviewId)).toBeUndefined();
    expect(await sql.count('SELECT count(*) AS n FROM review_flags WHERE review_id = $1', [reviewId])).toBe(0);

    // Staff see every flag on the review; a merchant sees those on its reviews, including one staff filed for it.
    expect((await flag(reviewId, w.adminKey, { reasonCode: 'off_topic' })).status).toBe(201);
    expect((await flag(reviewId, w.merchant.key, { reasonCode: 'spam' })).status).toBe(201);
    expect((await flagsOf(reviewId, w.moderatorKey)).body.data.map((f: { reasonCode: string }) => f.reasonCode)).toEqual(['off_topic', 'spam']);
    expect((await flagsOf(reviewId, w.merchant.key)).body.data.map((f: { reasonCode: string }) => f.reasonCode)).toEqual(['off_topic', 'spam']);
  });

  it('shows a flag from before flags reached moderation as unrouted, and a new flag routes it', async () => {
    const reviewId = await published();
    await sql.query(
      `INSERT INTO review_flags (review_id, merchant_id, reason_code, note, report_id, created_by_key_id, created_at) VALUES ($1, $2, 'spam', NULL, NULL, 'legacy', now() - interval '1 day')`,
      [reviewId, w.merchant.id]);
    expect((await flagsOf(reviewId, w.merchant.key)).body.data.map((f: { status: string }) => f.status)).toEqual(['unrouted']);
    expect((await flag(reviewId, w.merchant.key, { reasonCode: 'spam' })).status).toBe(201);
    expect((await flagsOf(reviewId, w.merchant.key)).body.data.map((f: { status: string }) => f.status)).toEqual(['unrouted', 'open']);
    expect(await queued(reviewId)).toMatchObject({ reportCount: 1, reportReasons: ['spam'] });
  });

  it('refuses a review shoppers cannot see, as reports do', async () => {
    const held = await seedHeld(t, w, sql, 1);
    expectError(await flag(held.reviewIds[0], w.merchant.key), 409, 'REVIEW_NOT_REPORTABLE');
    expectError(await flag(held.reviewIds[0], w.merchant.key, { reasonCode: 'not_a_reason' }), 400, 'VALIDATION_FAILED');
  });
});
