/**
 * The pure scoring engine: signals → rank-based fake score → routing phases
 * → verdict, priority and reasons. No I/O; everything arrives loaded.
 *
 * Laws designed in: withhold only for policy violations in the text; the
 * verdict never reads rating-derived phases or sentiment (sentiment-derived
 * signals are `affects: priority`, enforced by `parseRuleSet`).
 */
import { analyzeAspects } from './aspects/aspect-sentiment.js';
import { combineSignals } from './combine/combine-signals.js';
import { exactHash, fnv1a64 } from './duplication/exact-hash.js';
import { foldedToNormalized, foldText, textUnits } from './duplication/normalize-text.js';
import { detectPolicyViolations } from './routing/policy-violations.js';
import { routeItem, type RoutingDecision } from './routing/route-item.js';
import type { RuleSet } from './rules/rule-set.types.js';
import type { ReasonCode, ScorableItem, ScoreResult, ScoringContext, SignalOutcome, TextAnalyzer } from './scoring.types.js';
import { computeSignals } from './signals/all-signals.js';
import type { TextFeatures } from './signals/signal.types.js';

/** `bodyHash`: `exactHash(item.body)` when the caller already has it (the context loader does). */
export function buildTextFeatures(item: ScorableItem, analyzer: TextAnalyzer, bodyHash?: string): TextFeatures {
  const raw = item.title ? `${item.title}\n${item.body}` : item.body;
  const folded = foldText(raw);
  const normalized = foldedToNormalized(folded);
  return {
    raw,
    folded,
    normalized,
    units: textUnits(normalized),
    // Without a title, `normalized` is exactly what exactHash(item.body) hashes.
    bodyHash: bodyHash ?? (raw === item.body ? fnv1a64(normalized) : exactHash(item.body)),
    ...analyzeRaw(analyzer, raw),
  };
}

/** One combined pass when the analyzer offers it (tokenising once); the same results as the two calls. */
function analyzeRaw(analyzer: TextAnalyzer, raw: string): Pick<TextFeatures, 'sentiment' | 'classifier'> {
  return analyzer.analyze ? analyzer.analyze(raw) : { sentiment: analyzer.sentiment(raw), classifier: analyzer.classify(raw) };
}

export function scoreItem(
  item: ScorableItem,
  context: ScoringContext,
  rules: RuleSet,
  analyzer: TextAnalyzer,
  now: Date,
): ScoreResult {
  const text = buildTextFeatures(item, analyzer, context.bodyHash);
  const signals = computeSignals({ item, context, rules, text, now });
  const combined = combineSignals(signals, rules, context.featurePercentiles);
  const violations = detectPolicyViolations(text.folded, text.normalized, rules.lexicons, rules.policy.allowedDomains);
  const decision = routeItem({ violations, signals, fakeScore: combined.fakeScore }, rules);
  const reasonCodes = collectReasonCodes(decision, combined.outcomes, rules);
  const { sentiment } = text;
  // One aspect pass: each clause naming an aspect gets its polarity from cue and opinion words; a clause with
  // neither takes the review's own score rather than a second model run (as accurate on the labelled sets,
  // README "Aspect sentiment"). The tag list is the same findings' names, in lexicon order.
  const aspectDetails = analyzeAspects(text.raw, rules.lexicons.aspects, () => sentiment.score);
  return {
    fakeScore: combined.fakeScore,
    sentiment: { label: sentiment.label, score: sentiment.score, confidence: sentiment.confidence },
    language: sentiment.language,
    aspects: aspectDetails.map((a) => a.aspect),
    aspectDetails,
    signals: combined.outcomes,
    verdict: decision.verdict,
    priority: computePriority(combined.fakeScore, combined.priorityEvidence, reasonCodes, text, rules),
    reasonCodes,
    ruleSetVersion: rules.version,
  };
}

/** Codes of the deciding phase first, then those of every raising score signal above the report floor. */
function collectReasonCodes(decision: RoutingDecision, outcomes: SignalOutcome[], rules: RuleSet): ReasonCode[] {
  const codes = new Set<ReasonCode>(decision.reasonCodes);
  const fromSignals = outcomes
    .filter((o) => o.contribution >= rules.thresholds.reportContribution)
    .filter((o) => rules.signals[o.id as keyof RuleSet['signals']].affects === 'score')
    .sort((a, b) => b.contribution - a.contribution);
  if (decision.verdict !== 'publish') {
    for (const o of fromSignals) codes.add(rules.signals[o.id as keyof RuleSet['signals']].reasonCode);
  }
  return [...codes];
}

/**
 * 0..100 queue priority: fake score, the most severe reason code, and
 * urgency from sentiment (strongly negative text, rating–text mismatch).
 * Sentiment only moves an item within the queue; it never puts it there.
 */
function computePriority(
  fakeScore: number,
  priorityEvidence: number,
  reasonCodes: ReasonCode[],
  text: TextFeatures,
  rules: RuleSet,
): number {
  const severity = Math.max(0, ...reasonCodes.map((code) => rules.reasonCodes[code].severity));
  const negativity = Math.max(0, -text.sentiment.score) * text.sentiment.confidence;
  const urgency = Math.max(priorityEvidence, negativity);
  const { fakeScoreWeight, severityWeight, sentimentWeight } = rules.priority;
  const points = fakeScoreWeight * fakeScore + severityWeight * severity + sentimentWeight * urgency;
  return Math.max(0, Math.min(100, Math.round(points)));
}
