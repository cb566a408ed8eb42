import { analyzeSentiment, scoreEnglish, toResult } from '../sentiment/analyze-sentiment.js';
import { stripQuotedReply } from '../sentiment/strip-quoted-reply.js';
import type { DetectedLanguage, SentimentResult, TextClassifierResult, TextModels } from '../text-models.types.js';

import { classifyText } from './classify-text.js';
import { countScripts, languageFromCounts } from './detect-language.js';
import { tokenizeEnglishRaw } from './tokenize-english.js';

export interface TextAnalysis {
  language: DetectedLanguage;
  sentiment: SentimentResult;
  classifiers: TextClassifierResult;
}

/**
 * analyzeSentiment + classifyText in one pass: scripts are counted once and
 * English text is tokenised once for both. Results are identical to calling the two functions separately.
 */
export function analyzeText(text: string, models: TextModels): TextAnalysis {
  const counts = countScripts(text);
  const language = languageFromCounts(counts);
  if (language !== 'en') {
    return { language, sentiment: analyzeSentiment(text, models, counts), classifiers: classifyText(text, models, language) };
  }
  const rawTokens = tokenizeEnglishRaw(text);
  const own = stripQuotedReply(text);
  return {
    language,
    sentiment: toResult(own === text ? scoreEnglish(text, models, rawTokens) : scoreEnglish(own, models), language),
    classifiers: classifyText(text, models, language, rawTokens),
  };
}
