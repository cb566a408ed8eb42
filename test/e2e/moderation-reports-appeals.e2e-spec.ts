import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claim, claimAndDecide, seedHeld, seedReviews } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('reports and appeals', () => {
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

  const post = (path: string, body: object, key: string): request.Test => request(t.server).post(path).set(...bearer(key)).send(body);
  const report = (reviewId: string, key: string, body: object = { reasonCode: 'fake_or_not_genuine' }): request.Test => post(`/v1/reviews/${reviewId}/reports`, body, key);

  describe('reports', () => {
    it('opens an item for a published review, raised by the reporter\'s accuracy, and counts a repeat once', async () => {
      const { reviewIds } = await seedReviews(t, w, sql, 1, { status: 'published' });
      const first = await report(reviewIds[0], w.storefrontKey, { reasonCode: 'spam', shopperRef: 'shopper-1' });
      expect(first.status).toBe(201);
      // A new reporter counts 0.5 (Beta(2,2) prior) → +15 priority points on top of 0.
      expect(first.body).toMatchObject({ created: true, report: { weight: 0.5, state: 'open', reporterRole: 'storefront' }, item: { priority: 15, reportCount: 1 } });
      const again = await report(reviewIds[0], w.storefrontKey, { reasonCode: 'spam', shopperRef: 'shopper-1' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, item: { id: first.body.item.id, reportCount: 1 } });
      const [item] = await sql.query('SELECT source, state, reason_codes FROM moderation_items WHERE id = $1', [first.body.item.id]);
      expect(item).toEqual({ source: 'report', state: 'open', reason_codes: ['reported'] });
    });

    it('weights by past accuracy: upheld reports raise more than rejected ones', async () => {
      const good = await t.key('storefront');
      const bad = w.merchant.key;
      for (let i = 0; i < 4; i += 1) {
        const { reviewIds } = await seedReviews(t, w, sql, 1, { status: 'published' });
        const byGood = await report(reviewIds[0], good);
        await report(reviewIds[0], bad);
        // Removing upholds both reports; the merchant's flags on other reviews get rejected below.
        if (i < 2) await claimAndDecide(t, w.moderatorKey, byGood.body.item.id, { action: 'remove', reasonCode: 'spam' });
        else await claimAndDecide(t, w.moderatorKey, byGood.body.item.id, { action: 'approve' });
      }
      for (let i = 0; i < 3; i += 1) {
        const { reviewIds } = await seedReviews(t, w, sql, 1, { status: 'published' });
        const flagged = await report(reviewIds[0], bad);
        await claimAndDecide(t, w.moderatorKey, flagged.body.item.id, { action: 'approve' });
      }
      const { reviewIds } = await seedReviews(t, w, sql, 2, { status: 'published' });
      const fromGood = await report(reviewIds[0], good);
      const fromBad = await report(reviewIds[1], bad);
      // good: 2 upheld, 2 rejected → 0.5; merchant: 2 upheld, 5 rejected → 4/11.
      expect(fromGood.body.report.weight).toBe(0.5);
      expect(fromBad.body.report.weight).toBeCloseTo(4 / 11, 3);
      expect(fromBad.body.item.priority).toBeLessThan(fromGood.body.item.priority);
      const stats = await request(t.server).get('/v1/moderation/reporters?role=merchant').set(...bearer(w.moderatorKey));
      expect(stats.body).toEqual([expect.objectContaining({ reporterRef: `merchant:${w.merchant.id}`, upheld: 2, rejected: 5, open: 1, invalidFlagRate: 5 / 7 })]);
      const own = await request(t.server).get('/v1/moderation/reporters').set(...bearer(w.merchant.key));
      expect(own.body.map((r: { merchantId: string }) => r.merchantId)).toEqual([w.merchant.id]);
      expect((await request(t.server).get('/v1/moderation/reporters').set(...bearer(w.otherMerchant.key))).body).toEqual([]);
    });

    it('hides reviews a reporter may not see, and refuses reviews that are not public', async () => {
      const { reviewIds } = await seedReviews(t, w, sql, 1, { status: 'published' });
      expectError(await report(reviewIds[0], w.otherMerchant.key), 404, 'REVIEW_NOT_FOUND');
      const held = await seedHeld(t, w, sql, 1);
      expectError(await report(held.reviewIds[0], w.storefrontKey), 404, 'REVIEW_NOT_FOUND');
      expectError(await report(held.reviewIds[0], w.merchant.key), 409, 'REVIEW_NOT_REPORTABLE');
      expectError(await report(reviewIds[0], w.merchant.key, { reasonCode: 'spam', shopperRef: 'x' }), 400, 'VALIDATION_FAILED');
    });
  });

  describe('appeals', () => {
    const decided = async (): Promise<{ reviewId: string; decisionId: string }> => {
      const { itemIds, reviewIds } = await seedHeld(t, w, sql, 1);
      const res = await claimAndDecide(t, w.moderatorKey, itemIds[0], { action: 'remove', reasonCode: 'fake_or_not_genuine' });
      return { reviewId: reviewIds[0], decisionId: res.body.decisionId };
    };
    const appeal = (reviewId: string, decisionId: string, key = w.channel.key): request.Test =>
      post(`/v1/reviews/${reviewId}/appeals`, { decisionId, statement: 'I bought this tent and used it for a week.' }, key);

    it('goes to a different moderator than the decider, and an overturn restores the review', async () => {
      const { reviewId, decisionId } = await decided();
      const created = await appeal(reviewId, decisionId);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ state: 'open', decision: { id: decisionId, action: 'remove' } });
      const listed = await request(t.server).get('/v1/moderation/appeals?state=open').set(...bearer(w.moderatorKey));
      expect(listed.body.find((a: { id: string }) => a.id === created.body.id)).toMatchObject({ canHandle: false });
      expectError(await post(`/v1/moderation/appeals/${created.body.id}/claim`, {}, w.moderatorKey), 403, 'SAME_MODERATOR');
      expectError(await post(`/v1/moderation/appeals/${created.body.id}/decisions`, { outcome: 'overturn', version: 1 }, w.moderatorKey), 403, 'SAME_MODERATOR');
      // The constraint holds even if code forgot the rule.
      const decider = (await sql.query<{ actor_id: string }>('SELECT actor_id FROM decision_records WHERE id = $1', [decisionId]))[0].actor_id;
      await expect(sql.query(`UPDATE moderation_appeals SET state = 'claimed', claimed_by = $2 WHERE id = $1`, [created.body.id, decider])).rejects.toThrow(/CHK_moderation_appeals_independent/);
      const other = await t.key('moderator');
      const claimed = await post(`/v1/moderation/appeals/${created.body.id}/claim`, {}, other);
      expect(claimed.body).toMatchObject({ state: 'claimed', canHandle: true });
      const outcome = await post(`/v1/moderation/appeals/${created.body.id}/decisions`, { outcome: 'overturn', note: 'Order found', version: claimed.body.version }, other);
      expect(outcome.status).toBe(200);
      expect(outcome.body).toMatchObject({ state: 'decided', outcome: 'overturn' });
      expect((await sql.query('SELECT status FROM reviews WHERE id = $1', [reviewId]))[0].status).toBe('published');
      const [record] = await sql.query('SELECT action, from_status, to_status, automated, redress FROM decision_records WHERE id = $1', [outcome.body.outcomeDecisionId]);
      expect(record).toMatchObject({ action: 'appeal_overturn', from_status: 'removed', to_status: 'published', automated: false });
      const topics = await sql.query<{ topic: string }>(`SELECT topic FROM outbox_events WHERE aggregate_id = $1 ORDER BY id DESC LIMIT 2`, [reviewId]);
      expect(topics.map((e) => e.topic).sort()).toEqual(['notice.author', 'review.decided']);
      expectError(await appeal(reviewId, decisionId), 409, 'APPEAL_EXISTS');
    });

    it('upholds, notifying the author and the reporters', async () => {
      const { reviewIds } = await seedReviews(t, w, sql, 1, { status: 'published' });
      const flagged = await report(reviewIds[0], w.storefrontKey, { reasonCode: 'spam', shopperRef: 'appeal-watcher' });
      const removed = await claimAndDecide(t, w.moderatorKey, flagged.body.item.id, { action: 'remove', reasonCode: 'spam' });
      const created = await appeal(reviewIds[0], removed.body.decisionId, w.adminKey);
      const version = (await post(`/v1/moderation/appeals/${created.body.id}/claim`, {}, w.adminKey)).body.version;
      const res = await post(`/v1/moderation/appeals/${created.body.id}/decisions`, { outcome: 'uphold', version }, w.adminKey);
      expect(res.body).toMatchObject({ outcome: 'uphold' });
      expect((await sql.query('SELECT status FROM reviews WHERE id = $1', [reviewIds[0]]))[0].status).toBe('removed');
      const notices = await sql.query<{ topic: string; payload: { kind: string } }>(
        `SELECT topic, payload FROM outbox_events WHERE aggregate_id = $1 AND topic LIKE 'notice.%' AND payload->>'kind' = 'appeal_outcome'`, [reviewIds[0]],
      );
      expect(notices.map((n) => n.topic).sort()).toEqual(['notice.author', 'notice.reporter']);
      const statement = await request(t.server).get(`/v1/decisions/${res.body.outcomeDecisionId}/statement`).set(...bearer(w.channel.key));
      expect(statement.body).toMatchObject({ action: 'appeal_uphold', appealable: false });
    });

    it('closes the window after 6 months, and refuses unappealable or foreign decisions', async () => {
      const { reviewId, decisionId } = await decided();
      await sql.query('ALTER TABLE decision_records DISABLE TRIGGER "TRG_decision_records_append_only"');
      await sql.query(`UPDATE decision_records SET created_at = now() - interval '6 months 1 day' WHERE id = $1`, [decisionId]);
      await sql.query('ALTER TABLE decision_records ENABLE TRIGGER "TRG_decision_records_append_only"');
      const late = await appeal(reviewId, decisionId);
      expectError(late, 422, 'APPEAL_WINDOW_CLOSED');
      expect(late.body.details).toEqual({ deadline: expect.any(String) });
      const approved = await seedHeld(t, w, sql, 1);
      const ok = await claimAndDecide(t, w.moderatorKey, approved.itemIds[0], { action: 'approve' });
      expectError(await appeal(approved.reviewIds[0], ok.body.decisionId), 422, 'DECISION_NOT_APPEALABLE');
      const fresh = await decided();
      expectError(await appeal(fresh.reviewId, decisionId), 404, 'DECISION_NOT_FOUND');
      expectError(await appeal(fresh.reviewId, fresh.decisionId, w.otherChannel.key), 404, 'REVIEW_NOT_FOUND');
    });

    it('refuses to overturn a decision that a later one replaced', async () => {
      const { reviewId, decisionId } = await decided();
      const created = await appeal(reviewId, decisionId);
      await sql.query(`UPDATE reviews SET status = 'hidden' WHERE id = $1`, [reviewId]);
      const other = await t.key('moderator');
      const version = (await post(`/v1/moderation/appeals/${created.body.id}/claim`, {}, other)).body.version;
      expectError(await post(`/v1/moderation/appeals/${created.body.id}/decisions`, { outcome: 'overturn', version }, other), 409, 'DECISION_SUPERSEDED');
      expect(await claim(t, other, (await seedHeld(t, w, sql, 1)).itemIds[0])).toBeGreaterThan(1);
    });
  });

  describe('SLA stats', () => {
    it('reports queue sizes, ages, time to first decision and breaches', async () => {
      await seedHeld(t, w, sql, 1, { createdAt: new Date(Date.now() - 30 * 3_600_000) });
      const res = await request(t.server).get('/v1/moderation/stats').set(...bearer(w.moderatorKey));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ slaHours: 24, queue: { open: expect.any(Number), claimed: expect.any(Number), appealsOpen: expect.any(Number) } });
      expect(res.body.queue.total).toBe(res.body.queue.open + res.body.queue.claimed);
      expect(res.body.breaches.openOverSla).toBeGreaterThanOrEqual(1);
      expect(res.body.ageSeconds.oldest).toBeGreaterThanOrEqual(30 * 3600);
      expect(res.body.timeToFirstDecisionSeconds.count).toBeGreaterThan(5);
      expect(res.body.timeToFirstDecisionSeconds.p90).toBeGreaterThanOrEqual(res.body.timeToFirstDecisionSeconds.p50);
      expectError(await request(t.server).get('/v1/moderation/stats?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z').set(...bearer(w.moderatorKey)), 400, 'INVALID_PERIOD');
    });
  });
});
