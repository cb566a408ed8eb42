import request from 'supertest';
import { ReputationRollupService } from '../../src/reputation/reputation-rollup.service.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { insertFixtureReviews, type FixtureReview } from '../utils/reputation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const DAY = '2026-04-01';
const PERIOD = `from=${DAY}&to=${DAY}`;
/** Decisions are counted when taken: removals and late approvals fall on the following days. */
const REPORT_PERIOD = `from=${DAY}&to=2026-04-04`;
const XSS_REASON = '<img src=x onerror=alert(1)>';

type Pattern = { removed: number; heldThenPublished: number; slowPublishSeconds: number };

/** n reviews of one polarity: `removed` held then removed, `heldThenPublished` held then published late, the rest published in a minute. */
function history(base: Omit<FixtureReview, 'receivedAt' | 'rating' | 'status'>, n: number, negative: boolean, p: Pattern, firstReason = 'spam'): FixtureReview[] {
  return Array.from({ length: n }, (_, i): FixtureReview => {
    const receivedAt = `${DAY}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`;
    const review = { ...base, receivedAt, rating: negative ? 1 : 5, sentiment: negative ? { label: 'negative' as const, score: -0.7 } : { label: 'positive' as const, score: 0.7 } };
    const held = { toStatus: 'held', action: 'hold', afterSeconds: 5 };
    if (i < p.removed) {
      return { ...review, status: 'removed', decisions: [held, { toStatus: 'removed', action: 'remove', afterSeconds: 86_400, automated: false, reasonCode: i === 0 ? firstReason : 'spam' }] };
    }
    if (i < p.removed + p.heldThenPublished) {
      return { ...review, status: 'published', decisions: [held, { toStatus: 'published', action: 'approve', afterSeconds: p.slowPublishSeconds, automated: false }] };
    }
    return { ...review, status: 'published', decisions: [{ toStatus: 'published', action: 'publish', afterSeconds: 60 }] };
  });
}

describe('suppression audit and transparency report', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const get = (key: string, path: string): request.Test => request(t.server).get(path).set(...bearer(key));
  const fair: Pattern = { removed: 1, heldThenPublished: 2, slowPublishSeconds: 600 };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const biased = { productId: w.product.id, merchantId: w.merchant.id, channelId: w.channel.id };
    const even = { productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: w.channel.id };
    await insertFixtureReviews(sql, [
      ...history(biased, 60, true, { removed: 20, heldThenPublished: 10, slowPublishSeconds: 172_800 }, XSS_REASON),
      ...history(biased, 60, false, fair),
      ...history(even, 60, true, fair),
      ...history(even, 60, false, fair),
    ]);
    const decisions = await sql.query<{ id: string; review_id: string }>(`SELECT id, review_id FROM decision_records WHERE action = 'remove' ORDER BY created_at LIMIT 2`);
    await sql.query(
      `INSERT INTO moderation_appeals (review_id, decision_id, statement, state, outcome, decided_by, created_at, decided_at)
       VALUES ($1, $2, 'it was genuine', 'decided', 'overturn', 'mod-2', $5, $5), ($3, $4, 'please look again', 'open', NULL, NULL, $5, NULL)`,
      [decisions[0].review_id, decisions[0].id, decisions[1].review_id, decisions[1].id, `${DAY}T23:00:00Z`]);
    await t.app.get(ReputationRollupService).run();
  }, 180_000);
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('fires on a history where negative reviews are held, removed and published later', async () => {
    const res = await get(w.merchant.key, `/v1/reputation/suppression-audit?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toEqual({ merchantId: w.merchant.id });
    expect(res.body.alert).toBe(true);
    const tests = Object.fromEntries(res.body.tests.map((x: { metric: string; alert: boolean; negative: number; positive: number }) => [x.metric, [x.alert, x.negative, x.positive]]));
    expect(tests).toEqual({
      hold_rate: [true, 0.5, 0.05], reject_rate: [true, 0.3333, 0.0167], fold_rate: [false, 0, 0], // Medians tie (most of both groups publish in a minute); the rank test sees the slow tail of the negatives.
      time_to_publish: [true, 60, 60],
    });
    expect(res.body.byRating.map((r: { rating: number; received: number; rejectRate: number | null }) => [r.rating, r.received, r.rejectRate]))
      .toEqual([[1, 60, 0.3333], [2, 0, null], [3, 0, null], [4, 0, null], [5, 60, 0.0167]]);
  });

  it('stays silent on a fair history', async () => {
    const res = await get(w.otherMerchant.key, `/v1/reputation/suppression-audit?${PERIOD}`);
    expect(res.body.alert).toBe(false);
    expect(res.body.tests.map((x: { alert: boolean; insufficient: boolean }) => [x.alert, x.insufficient])).toEqual([[false, false], [false, false], [false, false], [false, false]]);
  });

  it('exports the evidence as CSV, platform-wide for moderators', async () => {
    const res = await get(w.moderatorKey, `/v1/reputation/suppression-audit?${PERIOD}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('suppression-audit-platform-');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(`scope,platform,from,${DAY},to,${DAY},margin,0.05,min_sample,30,alpha,0.01`);
    expect(lines).toContain('by_rating,1,120,0.275,0.175,0,99,60,172800');
    expect(lines.some((l) => l.startsWith('test,reject_rate,'))).toBe(true);
  });

  it('summarises the period as JSON', async () => {
    const res = await get(w.adminKey, `/v1/reputation/transparency-report?${REPORT_PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual({ received: 240, byKind: { review: 240 }, currentStatus: { published: 217, removed: 23 } });
    expect(res.body.decisions).toMatchObject({
      total: 279, automated: 240, human: 39, automatedShare: 0.8602, published: 217, held: 39, removedOrHidden: 23, withheld: 0,
      byReasonCode: { [XSS_REASON]: 1, spam: 22 },
    });
    expect(res.body.appeals).toEqual({ received: 2, decided: 1, open: 1, upheld: 0, overturned: 1, overturnRate: 1 });
  });

  it('prints an HTML page with every value escaped', async () => {
    const res = await get(w.moderatorKey, `/v1/reputation/transparency-report?${REPORT_PERIOD}&format=html`);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<h1>Transparency report</h1>');
    expect(res.text).not.toContain(XSS_REASON);
    expect(res.text).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });

  it('refuses a period the wrong way round', async () => {
    expectError(await get(w.adminKey, '/v1/reputation/transparency-report?from=2026-04-02&to=2026-04-01'), 400, 'INVALID_PERIOD');
  });
});
