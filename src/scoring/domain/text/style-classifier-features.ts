import { combineHash, hashString } from './feature-hash.js';
import { closeBlock, emptyFeatureVector, type FeatureVector } from './sparse-features.js';
import { computeStylometry } from './stylometry.js';
import { tokenizeEnglishRaw } from './tokenize-english.js';

const SEED_WORD = 0x3001;
const SEED_BIGRAM = 0x3002;
const SENTENCE_START = hashString('<s>', SEED_WORD);

export function extractStyleClassifierFeatures(text: string): FeatureVector {
  return styleFeaturesFromTokens(text, tokenizeEnglishRaw(text));
}

/**
 * Features for the generated-text and deception classifiers: raw word
 * unigrams and bigrams (contractions kept, they are a style marker) plus the
 * stylometric vector as dense features.
 */
export function styleFeaturesFromTokens(text: string, rawTokens: readonly string[]): FeatureVector {
  const features = emptyFeatureVector();
  const hashes = rawTokens.map((token) => hashString(token, SEED_WORD));
  features.indices.push(...hashes);
  closeBlock(features, 0);
  const start = features.indices.length;
  let previous = combineHash(SEED_BIGRAM, SENTENCE_START);
  for (const h of hashes) {
    features.indices.push(combineHash(previous, h));
    previous = combineHash(SEED_BIGRAM, h);
  }
  closeBlock(features, start, 0.7);
  features.dense.push(...computeStylometry(text, rawTokens, hashes));
  return features;
}
