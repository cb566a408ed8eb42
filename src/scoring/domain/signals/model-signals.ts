/** Signals from the injected text models (sentiment, generated-text classifier). */
import { round, type RawSignal, type SignalInput } from './signal.types.js';

/**
 * Distance between the stars (mapped to −1..1) and the text's sentiment,
 * scaled by the model's confidence. Sentiment-derived: the rules may only
 * let it raise priority, never the verdict.
 */
export function sentimentRatingMismatchSignal(input: SignalInput): RawSignal | null {
  const { rating } = input.item;
  if (rating === null) return null;
  const { score, confidence, label } = input.text.sentiment;
  const stars = (rating - 3) / 2;
  const value = (Math.abs(stars - score) / 2) * confidence;
  return {
    id: 'sentiment_rating_mismatch',
    value: round(value, 3),
    reason: `${rating}★ with ${label} text (sentiment ${round(score, 2)}, confidence ${round(confidence, 2)})`,
  };
}

export function generatedTextSignal(input: SignalInput): RawSignal | null {
  if (input.text.units.length < 5) return null;
  const likelihood = input.text.classifier.generatedLikelihood;
  return {
    id: 'generated_text',
    value: round(likelihood, 3),
    reason: `generated-text classifier: ${round(likelihood * 100, 0)}%`,
  };
}
