import { ratio, round, twoProportionZTest } from './stats.js';
import type { AuditConfig } from './suppression-audit.js';

/**
 * Star parity of holds (issue 14): a rating may order the moderation queue, never decide publication, so
 * within one merchant the share of reviews held must not depend on the stars. Per merchant, the held rate
 * of each star level, and one-sided two-proportion z-tests of "held more often than 4–5★" for 1–2★ pooled
 * and for 1★, 2★ and 3★ alone. The four tests are one family per merchant: each runs at alpha / 4
 * (Bonferroni), so a merchant's audit raises a false alert with probability at most alpha. An alert needs
 * both groups of at least `minSample` reviews, a gap above `margin`, and significance.
 */

/** Reviews of one merchant at one star level, received in the period, and how many of them were ever held. */
export interface StarCell {
  merchantId: string;
  rating: number;
  received: number;
  held: number;
}

export interface StarHoldRate {
  received: number;
  held: number;
  holdRate: number | null;
}

export type StarGroup = '1' | '2' | '3' | '1-2';

export interface StarParityTest {
  /** The lower-star group, compared with 4–5★. */
  stars: StarGroup;
  low: StarHoldRate;
  high: StarHoldRate;
  /** low − high held rate. */
  difference: number | null;
  /** One-sided: P(a gap this large or larger | equal held rates). */
  pValue: number | null;
  alert: boolean;
  insufficient: boolean;
}

export interface MerchantStarParity {
  merchantId: string;
  byStar: ({ rating: number } & StarHoldRate)[];
  tests: StarParityTest[];
  alert: boolean;
}

export interface StarParityAudit {
  merchants: MerchantStarParity[];
  alert: boolean;
  /** Significance of each test: alpha / number of tests per merchant. */
  testAlpha: number;
}

const GROUPS: Record<StarGroup | '4-5', readonly number[]> = { '1': [1], '2': [2], '3': [3], '1-2': [1, 2], '4-5': [4, 5] };
const TESTED: readonly StarGroup[] = ['1-2', '1', '2', '3'];

function holdRate(cells: readonly StarCell[], stars: readonly number[]): StarHoldRate {
  let received = 0;
  let held = 0;
  for (const c of cells) {
    if (!stars.includes(c.rating)) continue;
    received += c.received;
    held += c.held;
  }
  return { received, held, holdRate: ratio(held, received) };
}

function parityTest(stars: StarGroup, low: StarHoldRate, high: StarHoldRate, cfg: AuditConfig, testAlpha: number): StarParityTest {
  const insufficient = low.received < cfg.minSample || high.received < cfg.minSample;
  if (insufficient) return { stars, low, high, difference: null, pValue: null, alert: false, insufficient };
  const difference = low.held / low.received - high.held / high.received;
  const p = twoProportionZTest(low.held, low.received, high.held, high.received).pGreater;
  return { stars, low, high, difference: round(difference), pValue: round(p, 6), alert: difference > cfg.margin && p < testAlpha, insufficient };
}

export function auditStarParity(cells: readonly StarCell[], cfg: AuditConfig): StarParityAudit {
  const testAlpha = cfg.alpha / TESTED.length;
  const merchantIds = [...new Set(cells.map((c) => c.merchantId))].sort();
  const merchants = merchantIds.map((merchantId): MerchantStarParity => {
    const own = cells.filter((c) => c.merchantId === merchantId);
    const high = holdRate(own, GROUPS['4-5']);
    const tests = TESTED.map((stars) => parityTest(stars, holdRate(own, GROUPS[stars]), high, cfg, testAlpha));
    return { merchantId, byStar: [1, 2, 3, 4, 5].map((rating) => ({ rating, ...holdRate(own, [rating]) })), tests, alert: tests.some((t) => t.alert) };
  });
  return { merchants, alert: merchants.some((m) => m.alert), testAlpha };
}
