import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claimAndDecide, seedHeld } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** The scorer's recorded signals for a hold: `incentive` leads one shape, `near_duplicate` the other. */
const LED_BY = {
  incentive: [{ id: 'incentive', value: 1, weight: 0.4, contribution: 0.4, reason: 'mentions a reward' }, { id: 'near_duplicate', value: 0.8, weight: 0.2, contribution: 0.1, reason: 'similar text' }],
  near_duplicate: [{ id: 'incentive', value: 1, weight: 0.1, contribution: 0.1, reason: 'mentions a reward' }, { id: 'near_duplicate', value: 0.9, weight: 0.5, contribution: 0.5, reason: 'similar text' }],
} as const;

/**
 * Seven automated holds decided by a moderator, one left open. `holdMinutes` is how long before the human
 * decision the engine held it; the review was received an hour before that.
 */
const CASES = [
  { signal: 'incentive', version: 'v1', holdMinutes: 2, decision: { action: 'approve' } },
  { signal: 'incentive', version: 'v1', holdMinutes: 4, decision: { action: 'approve' } },
  { signal: 'incentive', version: 'v1', holdMinutes: 6, decision: { action: 'approve' } },
  { signal: 'incentive', version: 'v1', holdMinutes: 8, decision: { action: 'remove', reasonCode: 'spam' } },
  { signal: 'near_duplicate', version: 'v2', holdMinutes: 10, decision: { action: 'fold', reasonCode: 'incentivised_undisclosed' } },
  { signal: 'near_duplicate', version: 'v2', holdMinutes: 30, decision: { action: 'remove', reasonCode: 'spam' } },
  { signal: 'incentive', version: 'v2', holdMinutes: 60, decision: { action: 'approve' } },
] as const;

describe('automation accuracy in stats and the transparency report', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  const get = (key: string, path: string): request.Test => request(t.server).get(path).set(...bearer(key));

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const { reviewIds, itemIds } = await seedHeld(t, w, sql, CASES.length + 1);
    for (const [i, c] of CASES.entries()) {
      const res = await claimAndDecide(t, w.moderatorKey, itemIds[i], c.decision);
      if (res.status !== 201) throw new Error(`decide → ${res.status} ${JSON.stringify(res.body)}`);
    }
    // The engine's hold records as the scorer writes them, timed relative to the human decision so the figures are exact.
    await sql.query(
      `INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, facts, rule_set_version, automated, actor_type, created_at)
       SELECT c.review_id, 'hold', 'received', 'held', c.reason, jsonb_build_object('signals', c.signals), c.version, true, 'system',
              COALESCE(d.created_at, now()) - make_interval(mins => c.minutes)
         FROM jsonb_to_recordset($1::jsonb) AS c(review_id uuid, reason text, signals jsonb, version text, minutes int)
         LEFT JOIN decision_records d ON d.review_id = c.review_id AND NOT d.automated`,
      [JSON.stringify([
        ...CASES.map((c, i) => ({ review_id: reviewIds[i], reason: c.signal, signals: LED_BY[c.signal], version: c.version, minutes: c.holdMinutes })),
        { review_id: reviewIds[CASES.length], reason: 'incentive', signals: LED_BY.incentive, version: 'v2', minutes: 5 },
      ])],
    );
    await sql.query(
      `UPDATE reviews r SET received_at = h.created_at - interval '60 minutes' FROM decision_records h WHERE h.review_id = r.id AND h.automated AND h.action = 'hold'`,
    );
  }, 120_000);
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  // Hand-computed: 4 of 7 decided holds approved. Hold → decision minutes 2,4,6,8,10,30,60: median 8,
  // p90 = 30 + 0.4 × (60 − 30) = 42 (percentile_cont at rank 0.9 × 6 = 5.4); receipt adds 60 to each: 68 and 102.
  const automatedHolds = {
    decided: 7, approved: 4, upheld: 3, approvalRate: 0.571,
    bySignal: [
      { signal: 'incentive', decided: 5, approved: 4, upheld: 1, approvalRate: 0.8 },
      { signal: 'near_duplicate', decided: 2, approved: 0, upheld: 2, approvalRate: 0 },
    ],
    byRuleSetVersion: [
      { ruleSetVersion: 'v1', decided: 4, approved: 3, upheld: 1, approvalRate: 0.75 },
      { ruleSetVersion: 'v2', decided: 3, approved: 1, upheld: 2, approvalRate: 0.333 },
    ],
  };
  const handlingMinutes = { holdToDecision: { median: 8, p90: 42 }, receiptToDecision: { median: 68, p90: 102 } };

  it('shows the decision mix, the approval rate of automated holds per signal and version, and handling times in stats', async () => {
    const res = await get(w.moderatorKey, '/v1/moderation/stats');
    expect(res.status).toBe(200);
    expect(res.body.automation).toEqual({
      decisionMix: {
        total: 15, automated: 8, human: 7,
        byAction: [
          { action: 'approve', automated: 0, human: 4, total: 4 }, { action: 'fold', automated: 0, human: 1, total: 1 },
          { action: 'hold', automated: 8, human: 0, total: 8 }, { action: 'remove', automated: 0, human: 2, total: 2 },
        ],
      },
      automatedHolds, handlingMinutes,
    });
  });

  it('counts only decisions taken inside the requested period', async () => {
    const res = await get(w.adminKey, '/v1/moderation/stats?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.body.automation.decisionMix).toEqual({ total: 0, automated: 0, human: 0, byAction: [] });
    expect(res.body.automation.automatedHolds).toEqual({ decided: 0, approved: 0, upheld: 0, approvalRate: null, bySignal: [], byRuleSetVersion: [] });
  });

  it('reports the accuracy of automated holds and handling times in the transparency report, JSON and HTML', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const json = await get(w.adminKey, `/v1/reputation/transparency-report?from=${today}&to=${today}`);
    expect(json.status).toBe(200);
    expect(json.body.automatedHolds).toEqual(automatedHolds);
    expect(json.body.handlingMinutes).toEqual(handlingMinutes);
    const html = await get(w.moderatorKey, `/v1/reputation/transparency-report?from=${today}&to=${today}&format=html`);
    expect(html.text).toContain('<th scope="row">All automated holds</th><td>7</td><td>4</td><td>3</td><td>57.1%</td>');
    expect(html.text).toContain('<th scope="row">incentive</th><td>5</td><td>4</td><td>1</td><td>80.0%</td>');
    expect(html.text).toContain('<th scope="row">Hold → first human decision</th><td>8 min</td><td>42 min</td>');
  });
});
