import type { DetectedLanguage, TextClassifierResult, TextModels } from '../text-models.types.js';

import { detectLanguage } from './detect-language.js';
import { predictProbability } from './linear-model.js';
import { styleFeaturesFromTokens } from './style-classifier-features.js';
import { tokenizeEnglishRaw } from './tokenize-english.js';

/** No model, no evidence: neither more nor less likely than not. */
const NO_EVIDENCE = 0.5;

/**
 * Secondary English text signal (generated text).
 * It was trained on English reviews only; Chinese and other text gets 0.5.
 * Pass `language` / `rawTokens` when already known to skip recomputing them.
 */
export function classifyText(
  text: string,
  models: TextModels,
  language: DetectedLanguage = detectLanguage(text),
  rawTokens?: readonly string[],
): TextClassifierResult {
  const isEnglish = language === 'en' || language === 'mixed';
  if (!isEnglish || !models.generated) return { generatedLikelihood: NO_EVIDENCE };
  const features = styleFeaturesFromTokens(text, rawTokens ?? tokenizeEnglishRaw(text));
  return { generatedLikelihood: round(predictProbability(models.generated, features)) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
