/**
 * Automation accuracy (issue 18 item 4): how often humans overturn the engine's holds, per leading signal
 * and per rule-set version, so an over-firing signal shows up as a high approval rate instead of a long queue.
 *
 * Inputs are grouped counts and percentiles that PostgreSQL aggregates (see AutomationAccuracyRepository);
 * this function only shapes and rates them, so it is unit-tested with hand-computed values.
 */

/** A human's first merits decision after an automated hold: approve overturns it, fold/hide/remove uphold it. */
export type HoldOutcome = 'approved' | 'upheld';
export const OVERTURNING_ACTIONS = ['approve'] as const;
export const UPHOLDING_ACTIONS = ['fold', 'hide', 'remove'] as const;
/** Label for holds with no recorded signal or rule-set version (e.g. records written before signals were kept). */
export const UNKNOWN = 'unknown';

export interface DecisionMixRow { action: string; automated: boolean; count: number }
export interface DecidedHoldRow { leadingSignal: string | null; ruleSetVersion: string | null; outcome: HoldOutcome; count: number }
/** Durations in seconds, as percentile_cont returns them (null when nothing was decided). */
export interface PercentileSeconds { p50: number | null; p90: number | null }

export interface AutomationAccuracyInput {
  mix: readonly DecisionMixRow[];
  decidedHolds: readonly DecidedHoldRow[];
  holdToDecision: PercentileSeconds;
  receiptToDecision: PercentileSeconds;
}

export interface HoldAccuracy { decided: number; approved: number; upheld: number; approvalRate: number | null }
export interface HandlingMinutes { median: number | null; p90: number | null }

export interface AutomationAccuracy {
  decisionMix: { total: number; automated: number; human: number; byAction: { action: string; automated: number; human: number; total: number }[] };
  automatedHolds: HoldAccuracy & {
    bySignal: (HoldAccuracy & { signal: string })[];
    byRuleSetVersion: (HoldAccuracy & { ruleSetVersion: string })[];
  };
  /** For automated holds a human decided: from the hold, and from receipt of the review, to that first decision. */
  handlingMinutes: { holdToDecision: HandlingMinutes; receiptToDecision: HandlingMinutes };
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;
const minutes = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds / 6) / 10);

function accuracy(rows: readonly DecidedHoldRow[]): HoldAccuracy {
  const approved = rows.filter((r) => r.outcome === 'approved').reduce((s, r) => s + r.count, 0);
  const upheld = rows.filter((r) => r.outcome === 'upheld').reduce((s, r) => s + r.count, 0);
  const decided = approved + upheld;
  return { decided, approved, upheld, approvalRate: decided === 0 ? null : round3(approved / decided) };
}

/** Accuracy per key, most-decided first (ties by name) so the signals that matter most lead the list. */
function byKey(rows: readonly DecidedHoldRow[], key: (r: DecidedHoldRow) => string): [string, HoldAccuracy][] {
  const groups = new Map<string, DecidedHoldRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()]
    .map(([k, g]): [string, HoldAccuracy] => [k, accuracy(g)])
    .sort(([ka, a], [kb, b]) => b.decided - a.decided || ka.localeCompare(kb));
}

export function buildAutomationAccuracy(input: AutomationAccuracyInput): AutomationAccuracy {
  const actions = new Map<string, { automated: number; human: number }>();
  for (const r of input.mix) {
    const a = actions.get(r.action) ?? { automated: 0, human: 0 };
    if (r.automated) a.automated += r.count; else a.human += r.count;
    actions.set(r.action, a);
  }
  const byAction = [...actions.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([action, c]) => ({ action, ...c, total: c.automated + c.human }));
  const automated = byAction.reduce((s, a) => s + a.automated, 0);
  const human = byAction.reduce((s, a) => s + a.human, 0);
  const holds = input.decidedHolds;
  return {
    decisionMix: { total: automated + human, automated, human, byAction },
    automatedHolds: {
      ...accuracy(holds),
      bySignal: byKey(holds, (r) => r.leadingSignal ?? UNKNOWN).map(([signal, a]) => ({ signal, ...a })),
      byRuleSetVersion: byKey(holds, (r) => r.ruleSetVersion ?? UNKNOWN).map(([ruleSetVersion, a]) => ({ ruleSetVersion, ...a })),
    },
    handlingMinutes: {
      holdToDecision: { median: minutes(input.holdToDecision.p50), p90: minutes(input.holdToDecision.p90) },
      receiptToDecision: { median: minutes(input.receiptToDecision.p50), p90: minutes(input.receiptToDecision.p90) },
    },
  };
}
