/**
 * What may hold or withhold a review under a rule set, read off the rules themselves (pure), so
 * the public disclosure (/v1/disclosure) and the README say exactly what the engine does.
 */
import { RATING_DERIVED_SIGNALS, SIGNAL_IDS, type SignalId } from '../signals/signal-ids.js';
import type { PolicyViolationKind, RuleSet } from './rule-set.types.js';

export interface HoldCriteria {
  /** Policy violations in the text that withhold a review (never its stars or sentiment). */
  withholdFor: PolicyViolationKind[];
  /** Signals whose raw value alone holds a review at or above the given level. */
  holdAtSeverity: Partial<Record<SignalId, number>>;
  /** Signals combined into the fake score; a score at or above `holdAtFakeScore` holds. */
  fakeScoreSignals: SignalId[];
  holdAtFakeScore: number | null;
  /** Signals that only order the moderation queue (every rating- and sentiment-derived one among them). */
  priorityOnlySignals: SignalId[];
}

export function holdCriteria(rules: RuleSet): HoldCriteria {
  const criteria: HoldCriteria = { withholdFor: [], holdAtSeverity: {}, fakeScoreSignals: [], holdAtFakeScore: null, priorityOnlySignals: [] };
  for (const phase of rules.routing.phases) {
    if (phase.type === 'policy_violation') criteria.withholdFor.push(...phase.violations);
    else if (phase.type === 'signal_severity') Object.assign(criteria.holdAtSeverity, phase.signals);
    else if (phase.type === 'fake_score') criteria.holdAtFakeScore = Math.min(criteria.holdAtFakeScore ?? 1, phase.atLeast);
  }
  for (const id of SIGNAL_IDS) {
    const rule = rules.signals[id];
    if (rule.affects === 'priority' || RATING_DERIVED_SIGNALS.includes(id)) criteria.priorityOnlySignals.push(id);
    else if (rule.weight > 0) criteria.fakeScoreSignals.push(id);
  }
  return criteria;
}
