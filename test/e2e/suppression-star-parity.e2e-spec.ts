import request from 'supertest';
import { ReputationRollupService } from '../../src/reputation/reputation-rollup.service.js';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { insertFixtureReviews, type FixtureReview } from '../utils/reputation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const DAY = '2026-05-10';
const PERIOD = `from=${DAY}&to=${DAY}`;

/** `received` reviews of one star level with neutral text, the first `held` of them held then approved, the rest published at once. */
function stars(base: Omit<FixtureReview, 'receivedAt' | 'rating' | 'status'>, rating: number, received: number, held: number): FixtureReview[] {
  return Array.from({ length: received }, (_, i): FixtureReview => ({
    ...base, rating, status: 'published', sentiment: { label: 'neutral', score: 0 },
    receivedAt: `${DAY}T${String(i % 24).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00Z`,
    decisions: i < held
      ? [{ toStatus: 'held', action: 'hold', afterSeconds: 5 }, { toStatus: 'published', action: 'approve', afterSeconds: 3600, automated: false }]
      : [{ toStatus: 'published', action: 'publish', afterSeconds: 60 }],
  }));
}

/**
 * Issue 14: the suppression audit compares held rates by star level per merchant. Expected values by hand
 * (pooled two-proportion z-test, one-sided p = ½·erfc(z/√2); each of a merchant's four tests at 0.01 / 4):
 *   skewed: 1★ 12/40, 2★ 8/40, 3★ 3/30, 4★ 2/50, 5★ 3/50 held.
 *     1–2★ 20/80 = 0.25 vs 4–5★ 5/100 = 0.05: p̂ = 25/180, z = 3.8555, p = 5.78e-5 → alert.
 *     1★ 0.30 vs 0.05: z = 4.0913, p = 2.15e-5 → alert.   2★ 0.20 vs 0.05: z = 2.7626, p = 0.002868 > 0.0025 → no alert.
 *     3★ 0.10 vs 0.05: gap 0.05 is not beyond the 0.05 margin (p = 0.158779) → no alert.
 *   even: 2 of 40 held at every star level → gap 0, z = 0, p = 0.5 everywhere.
 */
describe('suppression audit: held rates by star level per merchant', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const audit = (key: string, query = PERIOD): request.Test => request(t.server).get(`/v1/reputation/suppression-audit?${query}`).set(...bearer(key));

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const skewed = { productId: w.product.id, merchantId: w.merchant.id, channelId: w.channel.id };
    const even = { productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: w.channel.id };
    await insertFixtureReviews(sql, [
      ...stars(skewed, 1, 40, 12), ...stars(skewed, 2, 40, 8), ...stars(skewed, 3, 30, 3), ...stars(skewed, 4, 50, 2), ...stars(skewed, 5, 50, 3),
      ...[1, 2, 3, 4, 5].flatMap((rating) => stars(even, rating, 40, 2)),
    ]);
    await t.app.get(ReputationRollupService).run();
  }, 180_000);
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('alerts a merchant whose 1–2★ reviews are held significantly more often than its 4–5★', async () => {
    const res = await audit(w.merchant.key);
    expect(res.status).toBe(200);
    expect(res.body.alert).toBe(true);
    expect(res.body.starParity.testAlpha).toBe(0.0025);
    expect(res.body.starParity.merchants).toHaveLength(1);
    const [m] = res.body.starParity.merchants;
    expect(m.merchantId).toBe(w.merchant.id);
    expect(m.alert).toBe(true);
    expect(m.byStar).toEqual([
      { rating: 1, received: 40, held: 12, holdRate: 0.3 }, { rating: 2, received: 40, held: 8, holdRate: 0.2 },
      { rating: 3, received: 30, held: 3, holdRate: 0.1 }, { rating: 4, received: 50, held: 2, holdRate: 0.04 },
      { rating: 5, received: 50, held: 3, holdRate: 0.06 },
    ]);
    const tests = Object.fromEntries(m.tests.map((x: { stars: string }) => [x.stars, x]));
    expect(tests['1-2']).toMatchObject({ low: { received: 80, held: 20, holdRate: 0.25 }, high: { received: 100, held: 5, holdRate: 0.05 }, difference: 0.2, alert: true, insufficient: false });
    expect(tests['1-2'].pValue).toBeCloseTo(5.7758e-5, 5);
    expect(tests['1']).toMatchObject({ low: { holdRate: 0.3 }, difference: 0.25, alert: true });
    expect(tests['1'].pValue).toBeCloseTo(2.1452e-5, 5);
    expect(tests['2']).toMatchObject({ difference: 0.15, alert: false });
    expect(tests['2'].pValue).toBeCloseTo(0.0028675, 5);
    expect(tests['3']).toMatchObject({ difference: 0.05, alert: false });
    expect(tests['3'].pValue).toBeCloseTo(0.158779, 5);
  });

  it('stays silent for a merchant holding every star level alike', async () => {
    const res = await audit(w.otherMerchant.key);
    const [m] = res.body.starParity.merchants;
    expect(m.byStar.map((r: { holdRate: number }) => r.holdRate)).toEqual([0.05, 0.05, 0.05, 0.05, 0.05]);
    expect(m.tests.map((x: { stars: string; difference: number; pValue: number; alert: boolean }) => [x.stars, x.difference, x.pValue, x.alert]))
      .toEqual([['1-2', 0, 0.5, false], ['1', 0, 0.5, false], ['2', 0, 0.5, false], ['3', 0, 0.5, false]]);
    expect([m.alert, res.body.starParity.alert, res.body.alert]).toEqual([false, false, false]);
  });

  it('shows moderators every merchant, and exports the star tests as CSV', async () => {
    const res = await audit(w.moderatorKey);
    expect(res.body.starParity.merchants.map((m: { merchantId: string; alert: boolean }) => [m.merchantId, m.alert]).sort())
      .toEqual([[w.merchant.id, true], [w.otherMerchant.id, false]].sort());
    const csv = await audit(w.moderatorKey, `${PERIOD}&format=csv`);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toContain(`star_rate,${w.merchant.id},1,40,12,0.3`);
    expect(lines.find((l) => l.startsWith(`star_test,${w.merchant.id},1-2,`))).toBe(`star_test,${w.merchant.id},1-2,0.25,0.05,0.2,0.000058,0.0025,true,false`);
    expect(lines.find((l) => l.startsWith(`star_test,${w.otherMerchant.id},1,`))).toBe(`star_test,${w.otherMerchant.id},1,0.05,0.05,0,0.5,0.0025,false,false`);
  });
});
