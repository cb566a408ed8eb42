import { expandContractions } from '../text/contractions.js';
import { combineHash, hashString } from '../text/feature-hash.js';
import { closeBlock, emptyFeatureVector, type FeatureVector } from '../text/sparse-features.js';
import { tokenizeEnglishRaw } from '../text/tokenize-english.js';

import { WORD_INFO } from './english-lexicon.js';
import { rewriteEnglishNegatedComplaints } from './negated-complaints.js';
import { rewriteEnglishProductCues } from './product-cues.js';
import { type LexiconScore, NEGATION_WINDOW, scoreEnglishLexicon } from './score-english-lexicon.js';

const SEED_UNIGRAM = 0x1001;
const SEED_NEGATED = 0x1002;
const SEED_BIGRAM = 0x1003;

export interface EnglishSentimentFeatures {
  features: FeatureVector;
  lexicon: LexiconScore;
}

export function extractEnglishSentimentFeatures(text: string): EnglishSentimentFeatures {
  return englishSentimentFeaturesFromTokens(tokenizeEnglishRaw(text));
}

/**
 * Word unigrams (marked when inside a negation window, so "not good" and
 * "good" are different features), bigrams, and the lexicon score as dense
 * features: the trained model stacks on top of the lexicon.
 */
export function englishSentimentFeaturesFromTokens(rawTokens: readonly string[]): EnglishSentimentFeatures {
  const tokens = rewriteEnglishProductCues(rewriteEnglishNegatedComplaints(expandContractions(rawTokens)));
  const lexicon = scoreEnglishLexicon(tokens);
  const features = emptyFeatureVector();
  const plain = tokens.map((token) => hashString(token, SEED_UNIGRAM));
  let negationLeft = 0;
  for (let i = 0; i < tokens.length; i++) {
    const info = WORD_INFO.get(tokens[i]);
    // The negator itself is left out: in review data bare "not" mostly means a complaint, which would
    // drown "not bad"; its meaning is carried by the marked words that follow and by the bigrams.
    if (info?.negator) {
      negationLeft = NEGATION_WINDOW;
      continue;
    }
    features.indices.push(negationLeft > 0 ? combineHash(SEED_NEGATED, plain[i]) : plain[i]);
    if (info?.punctuation) negationLeft = 0;
    else if (negationLeft > 0) negationLeft--;
  }
  closeBlock(features, 0);
  const start = features.indices.length;
  for (let i = 1; i < plain.length; i++) features.indices.push(combineHash(combineHash(SEED_BIGRAM, plain[i - 1]), plain[i]));
  closeBlock(features, start, 0.7);
  features.dense.push(lexicon.normalized, Math.log1p(lexicon.positive), Math.log1p(lexicon.negative));
  return { features, lexicon };
}
