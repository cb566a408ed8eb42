/**
 * Contract between the text models (sentiment, generated-text and deception
 * classifiers, trained by `npm run train` into `models/`) and the scorer.
 * Pure types: the models arrive already loaded; nothing here reads files.
 */
export type DetectedLanguage = 'en' | 'zh' | 'mixed' | 'other';

export type SentimentLabel = 'positive' | 'negative' | 'neutral' | 'mixed';

export interface SentimentResult {
  label: SentimentLabel;
  /** -1 (very negative) .. 1 (very positive). */
  score: number;
  /** 0..1, how sure the model is of `label`. */
  confidence: number;
  language: DetectedLanguage;
}

/** Probability-like outputs of the secondary text classifiers, each 0..1. */
export interface TextClassifierResult {
  generatedLikelihood: number;
  deceptionLikelihood: number;
}
