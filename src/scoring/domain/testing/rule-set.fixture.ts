/**
 * Test-only rules: a small, hand-readable rule set built in memory so pure
 * domain specs need no file I/O. The committed YAML is checked separately
 * (src/scoring/rules.loader.spec.ts).
 */
import { parseRuleSet, type RawRuleFiles } from '../rules/parse-rule-set.js';
import type { RuleSet } from '../rules/rule-set.types.js';
import { SIGNAL_IDS } from '../signals/signal-ids.js';

type RawSignalRule = Record<string, unknown>;

const FIXED: Record<string, RawSignalRule> = {
  exact_duplicate: { weight: 0.6, mapping: 'fixed', tail: 'high', fallback: { normal: 0, suspicious: 2 }, reasonCode: 'duplicate' },
  near_duplicate: { weight: 0.6, mapping: 'fixed', tail: 'high', fallback: { normal: 0.5, suspicious: 0.85 }, reasonCode: 'duplicate' },
  rating_deviation: { weight: 0.2, affects: 'priority', tail: 'high', pivot: 0.8, fallback: { normal: 1, suspicious: 3 }, reasonCode: 'fake_or_not_genuine', params: { minCount: 5 } },
  early_window: { weight: 0.05, tail: 'low', pivot: 0.9, fallback: { normal: 10, suspicious: 0 }, reasonCode: 'fake_or_not_genuine' },
  account_age: { weight: 0.3, tail: 'low', pivot: 0.85, fallback: { normal: 60, suspicious: 2 }, reasonCode: 'fake_or_not_genuine' },
  low_specificity: { weight: 0.1, tail: 'low', pivot: 0.7, fallback: { normal: 2, suspicious: 0 }, reasonCode: 'fake_or_not_genuine' },
  verified_purchase: { weight: 0.3, effect: 'lower', mapping: 'fixed', tail: 'high', fallback: { normal: 0, suspicious: 1 }, reasonCode: 'fake_or_not_genuine' },
  incentive_undisclosed: { weight: 0.7, mapping: 'fixed', tail: 'high', fallback: { normal: 0, suspicious: 1 }, reasonCode: 'incentivised_undisclosed' },
  sentiment_rating_mismatch: { weight: 0.4, affects: 'priority', mapping: 'fixed', tail: 'high', fallback: { normal: 0.3, suspicious: 0.8 }, reasonCode: 'other' },
};

/** Rating-derived signals are priority only (the validator insists). */
const PRIORITY_ONLY = new Set(['rating_extremity', 'reviewer_polarity_skew']);

/** Every other signal: a modest high-tail rule. */
function defaultRule(): RawSignalRule {
  return { weight: 0.2, tail: 'high', pivot: 0.9, fallback: { normal: 1, suspicious: 5 }, reasonCode: 'fake_or_not_genuine' };
}

export function rawTestRules(): RawRuleFiles & { ruleset: Record<string, unknown> } {
  const signals = Object.fromEntries(SIGNAL_IDS.map((id) => [id, FIXED[id] ?? (PRIORITY_ONLY.has(id) ? { ...defaultRule(), affects: 'priority' } : defaultRule())]));
  const reasonCodes = Object.fromEntries(
    ['spam', 'fake_or_not_genuine', 'incentivised_undisclosed', 'conflict_of_interest', 'off_topic', 'personal_data', 'abuse_harassment', 'illegal_content', 'duplicate', 'other'].map(
      (code) => [code, { severity: code === 'personal_data' ? 0.9 : 0.5, description: code }],
    ),
  );
  return {
    ruleset: {
      version: '2026-01-01.1',
      thresholds: { minPercentileSamples: 10, reportContribution: 0.1 },
      signals,
      routing: {
        phases: [
          { id: 'policy', type: 'policy_violation', action: 'withhold', violations: ['spam_link', 'contact_solicitation', 'personal_data', 'abuse'] },
          { id: 'severe', type: 'signal_severity', action: 'hold', signals: { incentive_undisclosed: 1, near_duplicate: 0.8 } },
          { id: 'score', type: 'fake_score', action: 'hold', atLeast: 0.6 },
          { id: 'publish', type: 'default', action: 'publish' },
        ],
      },
      priority: { fakeScoreWeight: 60, severityWeight: 30, sentimentWeight: 10 },
      reasonCodes,
      policy: { allowedDomains: ['candor.example'] },
    },
    lexicons: {
      'incentive.zh': { terms: ['好评返现', '返现', '晒图返', '五星好评送'], complaintCues: ['恶心', '举报', '投诉'], negationCues: ['没有', '不是'] },
      'incentive.en': {
        terms: ['in exchange for my honest review', 'received this product for free', 'discount in exchange'],
        complaintCues: ['asked me to', 'report'],
        negationCues: ['not', "didn't"],
      },
      'abuse.zh': { terms: ['去死', '弄死你'] },
      'abuse.en': { terms: ['kill you'] },
      'spam.zh': { terms: ['加微信'] },
      'first-person.en': { terms: ['i', 'my', 'me'] },
      'first-person.zh': { terms: ['我'] },
      'specificity.zh': { terms: ['天', '电池'] },
      'specificity.en': { terms: ['days', 'battery'] },
      'aspects.zh': { aspects: { logistics: ['物流', '快递'], quality: ['质量'] } },
      'aspects.en': { aspects: { logistics: ['shipping'], price: ['price'] } },
    },
  };
}

export function testRuleSet(): RuleSet {
  return parseRuleSet(rawTestRules(), 'test');
}
