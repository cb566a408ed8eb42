import { normalizeText, toSimplifiedChinese } from '../text/normalize-text.js';
import { closeBlock, emptyFeatureVector, type FeatureVector } from '../text/sparse-features.js';
import { chineseCodePoints, pushChineseNgramHashes } from '../text/tokenize-chinese.js';

const SEED_ZH_NGRAM = 0x2001;
export const ZH_MAX_NGRAM = 3;

/** Character 1–3-grams of the normalised, simplified text; 不好 / 没有 / 不是很 arrive as their own n-grams. */
export function extractChineseSentimentFeatures(text: string): FeatureVector {
  const cps = chineseCodePoints(toSimplifiedChinese(normalizeText(text)));
  const features = emptyFeatureVector();
  pushChineseNgramHashes(cps, ZH_MAX_NGRAM, SEED_ZH_NGRAM, features.indices);
  closeBlock(features, 0);
  return features;
}
