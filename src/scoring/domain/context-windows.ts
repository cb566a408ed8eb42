import type { RuleSet } from './rules/rule-set.types.js';

/**
 * What the context loader (scoring-context.loader.ts) looks back over, and
 * how often the percentile store refreshes its tables. The simulation's
 * in-memory builder reads the same values, so `npm run simulate` measures
 * the context the pipeline really loads.
 */

/** Shared-IP, shared-device and co-reviewing counts look back this far. */
export const NETWORK_WINDOW_HOURS = 72;

/** Co-reviewers must share at least this many products with the author in the window. */
export const CO_REVIEW_MIN_SHARED_PRODUCTS = 2;

/** Days of per-day product counts behind the burst baseline. */
export const BASELINE_DAYS = 28;

/** Percentile tables take in new observations after this many scored items. */
export const PERCENTILE_FLUSH_EVERY = 200;

export interface RuleWindows {
  product: { windowHours: number; maxAgeDays: number };
  ip: { windowDays: number; maxAgeDays: number };
  /** device_cluster's look-back: NETWORK_WINDOW_HOURS unless its rule sets `windowDays`. */
  device: { windowHours: number };
}

/**
 * The look-backs set in the rules (new accounts, the device cluster), from the rules of the signals
 * that read them (loader and simulation alike).
 */
export function ruleWindows(rules: RuleSet): RuleWindows {
  const product = rules.signals.product_new_accounts.params;
  const ip = rules.signals.ip_new_accounts.params;
  const device = rules.signals.device_cluster.params;
  return {
    product: { windowHours: product.windowHours ?? 24, maxAgeDays: product.maxAgeDays ?? 30 },
    ip: { windowDays: ip.windowDays ?? 30, maxAgeDays: ip.maxAgeDays ?? 30 },
    device: { windowHours: device.windowDays === undefined ? NETWORK_WINDOW_HOURS : device.windowDays * 24 },
  };
}
