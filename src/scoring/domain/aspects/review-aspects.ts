import { analyzeSentiment } from '../sentiment/analyze-sentiment.js';
import type { TextModels } from '../text-models.types.js';

import { analyzeAspects, type AspectSentiment } from './aspect-sentiment.js';

/**
 * Aspect sentiment with the production sentiment models scoring each clause.
 * The shape `{aspect, polarity, evidence: {start, end, text}}` is what the
 * review read API exposes; offsets are into `text` exactly as given.
 */
export function analyzeReviewAspects(text: string, lexicons: Record<string, string[]>, models: TextModels): AspectSentiment[] {
  return analyzeAspects(text, lexicons, (clause) => analyzeSentiment(clause, models).score);
}
