/** Shared shapes for the pure signal functions. */
import type { SentimentResult, TextClassifierResult } from '../text-models.types.js';
import type { RuleSet } from '../rules/rule-set.types.js';
import type { ScorableItem, ScoringContext } from '../scoring.types.js';
import type { SignalId } from './signal-ids.js';

/** Text views computed once per item and shared by all signals. */
export interface TextFeatures {
  /** Title + body as written. */
  raw: string;
  /** NFKC, lower-case, simplified Chinese; punctuation kept (clause boundaries matter). */
  folded: string;
  /** `normalizeText`: punctuation and spacing folded away. */
  normalized: string;
  /** Han characters and words of `normalized`. */
  units: string[];
  /** `exactHash(item.body)` (the body alone, without the title). */
  bodyHash: string;
  sentiment: SentimentResult;
  classifier: TextClassifierResult;
}

export interface SignalInput {
  item: ScorableItem;
  context: ScoringContext;
  rules: RuleSet;
  text: TextFeatures;
  now: Date;
}

export interface RawSignal {
  id: SignalId;
  /** Raw feature value; what percentile tables are built from. */
  value: number;
  reason: string;
}

/** Returns null when the signal does not apply (e.g. no rating, no history). */
export type SignalFn = (input: SignalInput) => RawSignal | null;

export function param(input: SignalInput, id: SignalId, name: string, fallback: number): number {
  return input.rules.signals[id].params[name] ?? fallback;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
