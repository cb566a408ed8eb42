/** Time family: product bursts, reviewer rate, reviewer burstiness, early window. */
import { poissonSurprise } from './poisson-surprise.js';
import { param, round, type RawSignal, type SignalInput } from './signal.types.js';

const DAY_MS = 86_400_000;

/**
 * Poisson surprise of the product's last-24h count (this item included)
 * against its own daily baseline; with fewer than `minBaselineDays` days of
 * history the rule's `priorRate` stands in for the baseline.
 */
export function productBurstSignal(input: SignalInput): RawSignal {
  const { dailyCounts, countLast24h } = input.context.product.activity;
  const minDays = param(input, 'product_burst', 'minBaselineDays', 3);
  const priorRate = param(input, 'product_burst', 'priorRate', 1);
  const days = dailyCounts.length;
  const total = dailyCounts.reduce((a, b) => a + b, 0);
  // Shrink towards the prior so a quiet product is not "surprised" by its second review.
  const lambda = days >= minDays ? (total + priorRate) / (days + 1) : priorRate;
  const k = countLast24h + 1;
  const surprise = poissonSurprise(k, lambda);
  return {
    id: 'product_burst',
    value: round(surprise, 3),
    reason: `${k} reviews of this product in 24h vs a baseline of ${round(lambda, 1)}/day (surprise 10^-${round(surprise, 1)})`,
  };
}

/** Most items the reviewer posted on one day (this one included). */
export function reviewerMaxPerDaySignal(input: SignalInput): RawSignal {
  const { maxPerDay, reviewsLast24h } = input.context.reviewer;
  const value = Math.max(maxPerDay, reviewsLast24h + 1);
  return { id: 'reviewer_max_per_day', value, reason: `reviewer posted up to ${value} item(s) in one day` };
}

/**
 * Mukherjee's burstiness: 1 − span/τ when all the reviewer's activity falls
 * inside τ days, else 0. Needs at least one earlier item.
 */
export function reviewerBurstinessSignal(input: SignalInput): RawSignal | null {
  const { firstSeenAt, reviewCount } = input.context.reviewer;
  if (firstSeenAt === null || reviewCount === 0) return null;
  const tau = param(input, 'reviewer_burstiness', 'tauDays', 28);
  const spanDays = Math.max(0, (input.item.submittedAt.getTime() - firstSeenAt.getTime()) / DAY_MS);
  const value = spanDays < tau ? 1 - spanDays / tau : 0;
  return {
    id: 'reviewer_burstiness',
    value: round(value, 3),
    reason: `${reviewCount + 1} items within ${round(spanDays, 1)} days (τ = ${tau} days)`,
  };
}

/** Rank of the item among the product's reviews (0 = first): launch campaigns seed early. */
export function earlyWindowSignal(input: SignalInput): RawSignal {
  const { countSinceFirst } = input.context.product.activity;
  return {
    id: 'early_window',
    value: countSinceFirst,
    reason: countSinceFirst === 0 ? 'first review of this product' : `review #${countSinceFirst + 1} of this product`,
  };
}
