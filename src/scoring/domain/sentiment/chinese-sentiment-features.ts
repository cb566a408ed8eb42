import { combineHash } from '../text/feature-hash.js';
import { type LinearModel, linearScore } from '../text/linear-model.js';
import { normalizeText, toSimplifiedChinese } from '../text/normalize-text.js';
import { closeBlock, emptyFeatureVector, type FeatureVector } from '../text/sparse-features.js';
import { chineseCodePoints, pushChineseNgramHashes } from '../text/tokenize-chinese.js';

import { rewriteChineseNegatedComplaints } from './negated-complaints.js';

const SEED_ZH_NGRAM = 0x2001;
export const ZH_MAX_NGRAM = 3;

/** Character 1–3-grams of the normalised, simplified text; 不好 / 没有 / 不是很 arrive as their own n-grams. */
export function extractChineseSentimentFeatures(text: string): FeatureVector {
  const cps = chineseCodePoints(rewriteChineseNegatedComplaints(toSimplifiedChinese(normalizeText(text))));
  const features = emptyFeatureVector();
  pushChineseNgramHashes(cps, ZH_MAX_NGRAM, SEED_ZH_NGRAM, features.indices);
  closeBlock(features, 0);
  return features;
}

/**
 * `linearScore(model, extractChineseSentimentFeatures(text))` without building
 * the vector: the same hashes in the same order, each times the same block
 * value, summed in the same order, so the result is bit-identical.
 */
export function chineseSentimentScore(model: LinearModel, text: string): number {
  if (model.denseWeights.length > 0) return linearScore(model, extractChineseSentimentFeatures(text));
  const cps = chineseCodePoints(rewriteChineseNegatedComplaints(toSimplifiedChinese(normalizeText(text))));
  const n = cps.length;
  // n-grams of length 1..ZH_MAX_NGRAM starting at each position (closeBlock's count).
  let count = 0;
  for (let i = 0; i < n; i++) count += Math.min(ZH_MAX_NGRAM, n - i);
  let z = model.bias;
  if (count === 0) return z;
  const value = 1 / Math.sqrt(count);
  const mask = (1 << model.bits) - 1;
  const { weights } = model;
  for (let i = 0; i < n; i++) {
    let h = SEED_ZH_NGRAM;
    const end = Math.min(n, i + ZH_MAX_NGRAM);
    for (let j = i; j < end; j++) {
      h = combineHash(h, cps[j]);
      z += weights[h & mask] * value;
    }
  }
  return z;
}
