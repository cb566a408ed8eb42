import type { Sql } from './e2e.js';
import type { World } from './fixtures.js';
import { claimAndDecide, seedHeld } from './moderation-fixtures.js';
import type { TestApp } from './test-app.js';

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

/**
 * Hand-computed figures for `seedDecidedHolds`: 4 of 7 decided holds approved. Hold → decision minutes
 * 2,4,6,8,10,30,60: median 8, p90 = 30 + 0.4 × (60 − 30) = 42 (percentile_cont at rank 0.9 × 6 = 5.4);
 * receipt adds 60 to each: 68 and 102. Decisions: 8 automated holds; 4 approve, 1 fold, 2 remove by the moderator.
 */
export const EXPECTED_ACCURACY = {
  decisionMix: {
    total: 15, automated: 8, human: 7,
    byAction: [
      { action: 'approve', automated: 0, human: 4, total: 4 }, { action: 'fold', automated: 0, human: 1, total: 1 },
      { action: 'hold', automated: 8, human: 0, total: 8 }, { action: 'remove', automated: 0, human: 2, total: 2 },
    ],
  },
  automatedHolds: {
    decided: 7, approved: 4, upheld: 3, approvalRate: 0.571,
    bySignal: [
      { signal: 'incentive', decided: 5, approved: 4, upheld: 1, approvalRate: 0.8 },
      { signal: 'near_duplicate', decided: 2, approved: 0, upheld: 2, approvalRate: 0 },
    ],
    byRuleSetVersion: [
      { ruleSetVersion: 'v1', decided: 4, approved: 3, upheld: 1, approvalRate: 0.75 },
      { ruleSetVersion: 'v2', decided: 3, approved: 1, upheld: 2, approvalRate: 0.333 },
    ],
  },
  handlingMinutes: { holdToDecision: { median: 8, p90: 42 }, receiptToDecision: { median: 68, p90: 102 } },
};

/**
 * Held reviews decided through the real moderation API; then the engine's hold records as the scorer writes
 * them (signals in facts, rule-set version), timed relative to each human decision so the figures are exact.
 */
export async function seedDecidedHolds(t: TestApp, w: World, sql: Sql): Promise<void> {
  const { reviewIds, itemIds } = await seedHeld(t, w, sql, CASES.length + 1);
  for (const [i, c] of CASES.entries()) {
    const res = await claimAndDecide(t, w.moderatorKey, itemIds[i], c.decision);
    if (res.status !== 201) throw new Error(`decide → ${res.status} ${JSON.stringify(res.body)}`);
  }
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
}
