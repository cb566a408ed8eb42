/**
 * Contract between the text models (sentiment and generated-text
 * classifier, trained by `npm run train` into `models/`) and the scorer.
 * Pure types: the models arrive already loaded; nothing here reads files.
 */
import type { LinearModel } from './text/linear-model.js';

export type { LinearModel } from './text/linear-model.js';

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

/**
 * Probability-like output of the secondary text classifier, 0..1. (The
 * deception classifier was removed: see models/README.md.)
 */
export interface TextClassifierResult {
  generatedLikelihood: number;
}

/**
 * Trained models, loaded by `text-models.loader.ts`. Every model is optional:
 * without `enSentiment` English falls back to the lexicon, without
 * `zhSentiment` Chinese is neutral with confidence 0, and without the
 * classifiers their likelihoods are 0.5 (no evidence).
 */
export interface TextModels {
  enSentiment?: LinearModel;
  zhSentiment?: LinearModel;
  generated?: LinearModel;
}
