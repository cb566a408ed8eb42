/**
 * The offline half of the tuning loop: re-applies the production decision (`combineSignals` with
 * percentile tables refreshed exactly as the context builder refreshes them, then `routeItem`) to
 * recorded signal values under a rule set. Policy withholds are kept as recorded: they read only the
 * text and the lexicons, which a tuning run does not edit.
 */
import { combineSignals } from '../../src/scoring/domain/combine/combine-signals.js';
import { emptyPercentileTable, updatePercentileTable, type PercentileTable } from '../../src/scoring/domain/combine/percentile-table.js';
import { PERCENTILE_FLUSH_EVERY } from '../../src/scoring/domain/context-windows.js';
import { routeItem } from '../../src/scoring/domain/routing/route-item.js';
import type { RuleSet } from '../../src/scoring/domain/rules/rule-set.types.js';
import type { Verdict } from '../../src/scoring/domain/scoring.types.js';
import type { SignalId } from '../../src/scoring/domain/signals/signal-ids.js';
import type { RawSignal } from '../../src/scoring/domain/signals/signal.types.js';
import type { RecordedItem } from './recording.js';
import { summarise, type Outcome, type SimReport } from './report.js';
import { leadingSignal } from './run-simulation.js';
import type { SimItem } from './simulation.types.js';

export interface Replayed {
  report: SimReport;
  /** Items whose replayed verdict differs from the recorded one (0 under the recording's rules). */
  changed: number;
  verdicts: Verdict[];
}

/** The report reads only these fields of a simulated item. */
function asSim(r: RecordedItem): SimItem {
  const item = { id: r.id, rating: r.rating, channel: r.channel, productId: r.productId } as SimItem['item'];
  return { item, label: r.label, scenario: r.scenario ?? undefined, accountCreatedAt: null };
}

export function replay(items: readonly RecordedItem[], rules: RuleSet, flushEvery: number = PERCENTILE_FLUSH_EVERY): Replayed {
  let tables: Record<string, PercentileTable> = {};
  const pending = new Map<string, number[]>();
  let sinceFlush = 0;
  let changed = 0;
  const outcomes: Outcome[] = [];
  const verdicts: Verdict[] = [];
  for (const r of items) {
    const signals: RawSignal[] = r.signals.map(([id, value]) => ({ id: id as SignalId, value, reason: id }));
    const combined = combineSignals(signals, rules, tables);
    const decision = r.verdict === 'withhold' ? null : routeItem({ violations: [], signals, fakeScore: combined.fakeScore }, rules);
    const verdict: Verdict = decision?.verdict ?? 'withhold';
    verdicts.push(verdict);
    if (verdict !== r.verdict) changed++;
    for (const [id, value] of r.signals) {
      const list = pending.get(id);
      if (list) list.push(value);
      else pending.set(id, [value]);
    }
    if (++sinceFlush >= flushEvery) {
      const next = { ...tables };
      for (const [id, values] of pending) next[id] = updatePercentileTable(next[id] ?? emptyPercentileTable(), values);
      tables = next;
      pending.clear();
      sinceFlush = 0;
    }
    if (r.measured) {
      const leading = leadingSignal({ signals: combined.outcomes }, rules);
      const topReason = decision?.reasonCodes[0] ?? (verdict === 'publish' || leading === 'none' ? 'none' : rules.signals[leading as SignalId].reasonCode);
      outcomes.push({ sim: asSim(r), verdict, topReason, leading, language: r.language });
    }
  }
  return { report: { ...summarise(outcomes), scoredItems: items.length, elapsedMs: 0 }, changed, verdicts };
}
