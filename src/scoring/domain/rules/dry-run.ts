/**
 * "What would change" under a candidate rule set (pure): an item's stored signal values are re-combined and
 * re-routed, and its text re-checked for policy violations, under both the active and the candidate rules.
 * Signal values are not recomputed (that needs history and text models), so a candidate that changes how a
 * signal is computed (its params) shows only through weights, mappings, thresholds, routing and lexicons.
 */
import { combineSignals } from '../combine/combine-signals.js';
import type { PercentileTable } from '../combine/percentile-table.js';
import { foldedToNormalized, foldText } from '../duplication/normalize-text.js';
import { detectPolicyViolations } from '../routing/policy-violations.js';
import { routeItem } from '../routing/route-item.js';
import type { Verdict } from '../scoring.types.js';
import type { RawSignal } from '../signals/signal.types.js';
import type { RuleSet } from './rule-set.types.js';

export interface DryRunItem {
  title: string | null;
  body: string;
  signals: { id: string; value: number; reason?: string }[];
}

export function verdictUnder(item: DryRunItem, rules: RuleSet, tables: Record<string, PercentileTable>): Verdict {
  const folded = foldText(item.title ? `${item.title}\n${item.body}` : item.body);
  const normalized = foldedToNormalized(folded);
  const signals = item.signals
    .filter((s) => Object.hasOwn(rules.signals, s.id))
    .map((s) => ({ id: s.id, value: s.value, reason: s.reason ?? '' }) as RawSignal);
  const violations = detectPolicyViolations(folded, normalized, rules.lexicons, rules.policy.allowedDomains);
  const { fakeScore } = combineSignals(signals, rules, tables);
  return routeItem({ violations, signals, fakeScore }, rules).verdict;
}

export interface DryRunSummary {
  items: number;
  /** Verdict counts under each rule set. */
  current: Record<Verdict, number>;
  candidate: Record<Verdict, number>;
  /** Items whose verdict changes, by "from→to". */
  changes: Record<string, number>;
  changed: number;
}

export function dryRun(items: readonly DryRunItem[], current: RuleSet, candidate: RuleSet, tables: Record<string, PercentileTable>): DryRunSummary {
  const zero = (): Record<Verdict, number> => ({ publish: 0, hold: 0, withhold: 0 });
  const summary: DryRunSummary = { items: items.length, current: zero(), candidate: zero(), changes: {}, changed: 0 };
  for (const item of items) {
    const a = verdictUnder(item, current, tables);
    const b = verdictUnder(item, candidate, tables);
    summary.current[a] += 1;
    summary.candidate[b] += 1;
    if (a !== b) {
      summary.changes[`${a}→${b}`] = (summary.changes[`${a}→${b}`] ?? 0) + 1;
      summary.changed += 1;
    }
  }
  return summary;
}
