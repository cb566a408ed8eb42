/**
 * Routing as an ordered list of small phases (Coral's pipeline pattern):
 * each phase either decides or passes; the first decision wins. The phases
 * and their parameters come from the rules file; the validator guarantees
 * none of them reads rating or sentiment.
 */
import type { ReasonCode, Verdict } from '../scoring.types.js';
import type { PolicyViolationKind, RoutingPhaseRule, RuleSet } from '../rules/rule-set.types.js';
import type { RawSignal } from '../signals/signal.types.js';
import type { PolicyViolation } from './policy-violations.js';

export interface RoutingInput {
  violations: readonly PolicyViolation[];
  signals: readonly RawSignal[];
  fakeScore: number;
}

export interface RoutingDecision {
  verdict: Verdict;
  phaseId: string;
  reasonCodes: ReasonCode[];
  explanation: string;
}

const VIOLATION_REASON: Record<PolicyViolationKind, ReasonCode> = {
  spam_link: 'spam',
  contact_solicitation: 'spam',
  personal_data: 'personal_data',
  abuse: 'abuse_harassment',
};

type Phase = (input: RoutingInput, rules: RuleSet) => RoutingDecision | undefined;

function phaseFor(rule: RoutingPhaseRule): Phase {
  switch (rule.type) {
    case 'policy_violation':
      return (input) => {
        const hits = input.violations.filter((v) => rule.violations.includes(v.kind));
        if (hits.length === 0) return undefined;
        const reasonCodes = unique(hits.map((v) => VIOLATION_REASON[v.kind]));
        const explanation = hits.map((v) => `${v.kind}: ${v.evidence}`).join('; ');
        return { verdict: rule.action, phaseId: rule.id, reasonCodes, explanation };
      };
    case 'signal_severity':
      return (input, rules) => {
        const fired = input.signals.filter((s) => {
          const threshold = rule.signals[s.id];
          return threshold !== undefined && s.value >= threshold;
        });
        if (fired.length === 0) return undefined;
        const reasonCodes = unique(fired.map((s) => rules.signals[s.id].reasonCode));
        return { verdict: rule.action, phaseId: rule.id, reasonCodes, explanation: fired.map((s) => s.reason).join('; ') };
      };
    case 'fake_score':
      return (input) =>
        input.fakeScore >= rule.atLeast
          ? { verdict: rule.action, phaseId: rule.id, reasonCodes: [], explanation: `fake score ${input.fakeScore} ≥ ${rule.atLeast}` }
          : undefined;
    case 'default':
      return () => ({ verdict: rule.action, phaseId: rule.id, reasonCodes: [], explanation: 'no rule matched' });
  }
}

export function routeItem(input: RoutingInput, rules: RuleSet): RoutingDecision {
  for (const rule of rules.routing.phases) {
    const decision = phaseFor(rule)(input, rules);
    if (decision) return decision;
  }
  // The validator requires a final default phase; this keeps the function total anyway.
  return { verdict: 'publish', phaseId: 'implicit_default', reasonCodes: [], explanation: 'no rule matched' };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
