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

export interface NewAccountWindows {
  product: { windowHours: number; maxAgeDays: number };
  ip: { windowDays: number; maxAgeDays: number };
}

/** The new-account look-backs, from the rules of the signals that read them (loader and simulation alike). */
export function newAccountWindows(rules: RuleSet): NewAccountWindows {
  const product = rules.signals.product_new_accounts.params;
  const ip = rules.signals.ip_new_accounts.params;
  return {
    product: { windowHours: product.windowHours ?? 24, maxAgeDays: product.maxAgeDays ?? 30 },
    ip: { windowDays: ip.windowDays ?? 30, maxAgeDays: ip.maxAgeDays ?? 30 },
  };
}
