/**
 * Rank-based prior in the style of SpEagle (Rayana & Akoglu 2015): each raw
 * feature becomes its empirical-CDF percentile, oriented so 1 is the
 * suspicious tail, mapped to a suspicion in 0..1 above a pivot, weighted by
 * the rules and combined with a noisy-OR. `lower` rules then discount the
 * result multiplicatively, so a verified purchase shrinks but never erases
 * strong evidence.
 */
import type { RuleSet, SignalRule } from '../rules/rule-set.types.js';
import type { SignalOutcome } from '../scoring.types.js';
import type { RawSignal } from '../signals/signal.types.js';
import { percentileOf, type PercentileTable } from './percentile-table.js';

export interface CombinedScore {
  fakeScore: number;
  /** Noisy-OR of `affects: priority` contributions (sentiment-derived evidence). */
  priorityEvidence: number;
  outcomes: SignalOutcome[];
}

/** Fixed linear mapping: 0 at `normal`, 1 at `suspicious` (either direction). */
export function fixedSuspicion(value: number, rule: SignalRule): number {
  const { normal, suspicious } = rule.fallback;
  if (normal === suspicious) return value >= suspicious ? 1 : 0;
  return clamp01((value - normal) / (suspicious - normal));
}

export function suspicionOf(value: number, rule: SignalRule, table: PercentileTable | undefined, minSamples: number): number {
  if (rule.mapping === 'fixed' || table === undefined || table.count < minSamples) {
    return fixedSuspicion(value, rule);
  }
  // Values on the normal side of `normal` never count, however rare they are.
  if (fixedSuspicion(value, rule) <= 0) return 0;
  const p = percentileOf(table, value);
  if (p === null) return fixedSuspicion(value, rule);
  const oriented = rule.tail === 'high' ? p : 1 - p;
  return clamp01((oriented - rule.pivot) / (1 - rule.pivot));
}

export function combineSignals(
  signals: readonly RawSignal[],
  rules: RuleSet,
  tables: Record<string, PercentileTable>,
): CombinedScore {
  let keep = 1; // Π(1 − w·s) over raising score signals
  let discount = 1; // Π(1 − w·s) over lowering score signals
  let priorityKeep = 1;
  const outcomes: SignalOutcome[] = [];
  for (const signal of signals) {
    const rule = rules.signals[signal.id];
    const suspicion = suspicionOf(signal.value, rule, tables[signal.id], rules.thresholds.minPercentileSamples);
    const strength = Math.min(0.99, rule.weight * suspicion);
    if (rule.affects === 'priority') priorityKeep *= 1 - strength;
    else if (rule.effect === 'raise') keep *= 1 - strength;
    else discount *= 1 - strength;
    const contribution = rule.effect === 'raise' ? strength : -strength;
    outcomes.push({ id: signal.id, value: signal.value, weight: rule.weight, contribution: round4(contribution), reason: signal.reason });
  }
  return {
    fakeScore: round4((1 - keep) * discount),
    priorityEvidence: round4(1 - priorityKeep),
    outcomes,
  };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
