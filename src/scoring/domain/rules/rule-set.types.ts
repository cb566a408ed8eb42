/** Typed form of `moderation-rules/` after `parseRuleSet` validated it. */
import type { ReasonCode } from '../scoring.types.js';
import type { SignalId } from '../signals/signal-ids.js';

/** Which tail of a feature's distribution is suspicious. */
export type Tail = 'high' | 'low';

export interface SignalRule {
  /** Strength 0..1 at full suspicion (noisy-OR term for `raise`, discount for `lower`). */
  weight: number;
  /** `raise` adds evidence of fakeness; `lower` discounts the score (e.g. verified purchase). */
  effect: 'raise' | 'lower';
  /** `score` feeds fakeScore (and so the verdict); `priority` only orders the queue. */
  affects: 'score' | 'priority';
  /**
   * `rank`: SpEagle-style empirical-CDF percentile from the feature's table
   * (fixed fallback when the table is missing); `fixed`: always the fallback
   * mapping (binary signals, where ranks carry no information).
   */
  mapping: 'rank' | 'fixed';
  tail: Tail;
  /** Oriented percentile where suspicion starts (0.9 = only the most extreme 10% count). */
  pivot: number;
  /**
   * Fixed mapping used when no percentile table is available: suspicion is 0
   * at `normal` and 1 at `suspicious`, linear in between. With a table,
   * values not beyond `normal` (towards `suspicious`) still count as 0.
   */
  fallback: { normal: number; suspicious: number };
  reasonCode: ReasonCode;
  /** Signal-specific parameters (documented next to each signal). */
  params: Record<string, number>;
}

export type PolicyViolationKind = 'spam_link' | 'contact_solicitation' | 'personal_data' | 'abuse';

export type RoutingPhaseRule =
  | { id: string; type: 'policy_violation'; action: 'withhold'; violations: PolicyViolationKind[] }
  | { id: string; type: 'signal_severity'; action: 'hold'; signals: Partial<Record<SignalId, number>> }
  | { id: string; type: 'fake_score'; action: 'hold'; atLeast: number }
  | { id: string; type: 'default'; action: 'publish' };

export interface PriorityRule {
  /** Points (of 100) from fakeScore, from the highest reason-code severity, from sentiment urgency. */
  fakeScoreWeight: number;
  severityWeight: number;
  sentimentWeight: number;
}

export interface IncentiveLexicon {
  /** Phrases that offer or describe an incentive for the review. */
  terms: string[];
  /** Cues that the author complains about or reports the incentive. */
  complaintCues: string[];
  /** Cues that deny the incentive when they shortly precede it. */
  negationCues: string[];
}

export interface Lexicons {
  incentive: IncentiveLexicon;
  abuse: string[];
  spam: string[];
  firstPerson: string[];
  /** Concrete-detail words (units, parts, durations) that make a review specific. */
  specificity: string[];
  aspects: Record<string, string[]>;
}

export interface RuleSet {
  version: string;
  /** Content hash of the rules folder (set by the loader; '' when parsed from memory). */
  hash: string;
  thresholds: {
    /** Percentile tables with fewer observations than this are ignored (fallback mapping used). */
    minPercentileSamples: number;
    /** Minimum |contribution| for a signal's reason code to be reported. */
    reportContribution: number;
  };
  signals: Record<SignalId, SignalRule>;
  routing: { phases: RoutingPhaseRule[] };
  priority: PriorityRule;
  reasonCodes: Record<ReasonCode, { severity: number; description: string }>;
  policy: { allowedDomains: string[] };
  lexicons: Lexicons;
}
