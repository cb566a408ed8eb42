/**
 * Deterministic stand-in for the trained text models, for the simulation and
 * the bench: a tiny polarity lexicon for sentiment and a constant
 * generated-text likelihood (the simulation has no generated text, and a
 * constant keeps the classifier from leaking ground truth).
 */
import { foldText } from '../../src/scoring/domain/duplication/normalize-text.js';
import type { TextAnalyzer } from '../../src/scoring/domain/scoring.types.js';
import type { DetectedLanguage, SentimentResult } from '../../src/scoring/domain/text-models.types.js';

const POSITIVE = ['好', '满意', '推荐', '喜欢', '快', '值', '棒', '正品', 'good', 'great', 'love', 'recommend', 'perfect', 'amazing', 'nice', 'fast', 'easy', 'helpful', 'best'];
const NEGATIVE = ['差', '慢', '坏', '失望', '垃圾', '破损', '不值', '别买', '假货', 'poor', 'bad', 'broke', 'terrible', 'awful', 'waste', 'cheap', 'never', 'worst', 'off'];

function count(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    let at = text.indexOf(w);
    while (at >= 0) {
      n++;
      at = text.indexOf(w, at + w.length);
    }
  }
  return n;
}

function language(text: string): DetectedLanguage {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[a-z]/g)?.length ?? 0;
  if (han === 0 && latin === 0) return 'other';
  if (han > 0 && latin > han * 2) return 'mixed';
  return han > 0 ? 'zh' : 'en';
}

export function lexiconSentiment(raw: string): SentimentResult {
  const text = foldText(raw);
  const pos = count(text, POSITIVE);
  const neg = count(text, NEGATIVE);
  const score = (pos - neg) / (pos + neg + 1);
  const confidence = Math.min(0.95, (pos + neg) / 4);
  const label = pos > 0 && neg > 0 && Math.abs(score) < 0.3 ? 'mixed' : score > 0.15 ? 'positive' : score < -0.15 ? 'negative' : 'neutral';
  return { label, score, confidence, language: language(text) };
}

export const lexiconTextAnalyzer: TextAnalyzer = {
  sentiment: lexiconSentiment,
  classify: () => ({ generatedLikelihood: 0.2 }),
};
