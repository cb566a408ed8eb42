import { extractChineseSentimentFeatures } from '../sentiment/chinese-sentiment-features.js';
import { extractEnglishSentimentFeatures } from '../sentiment/english-sentiment-features.js';
import type { TextModels } from '../text-models.types.js';

import type { FeatureVector } from './sparse-features.js';
import { extractStyleClassifierFeatures } from './style-classifier-features.js';
import type { LogisticTrainingOptions } from './text-model-artefact.js';

export type TextModelName = keyof TextModels;

/** Everything needed to train, evaluate and load one model; shared by `npm run train`, `npm run eval` and the loader. */
export interface TextModelSpec {
  name: TextModelName;
  /** Artefact file name under models/. */
  file: string;
  version: number;
  extract: (text: string) => FeatureVector;
  training: LogisticTrainingOptions;
  /** Weights smaller than this are pruned from the artefact. */
  minAbsWeight: number;
}

export const TEXT_MODEL_SPECS: Readonly<Record<TextModelName, TextModelSpec>> = {
  zhSentiment: {
    name: 'zhSentiment',
    file: 'zh-sentiment.v1.json',
    version: 1,
    extract: extractChineseSentimentFeatures,
    training: { bits: 18, epochs: 6, learningRate: 0.2, l2: 1e-6, minCount: 3, seed: 11 },
    minAbsWeight: 0.02,
  },
  enSentiment: {
    name: 'enSentiment',
    file: 'en-sentiment.v1.json',
    version: 1,
    extract: (text) => extractEnglishSentimentFeatures(text).features,
    training: { bits: 16, epochs: 10, learningRate: 0.2, l2: 1e-5, minCount: 1, seed: 12 },
    minAbsWeight: 0.005,
  },
  generated: {
    name: 'generated',
    file: 'generated.v1.json',
    version: 1,
    extract: extractStyleClassifierFeatures,
    training: { bits: 16, epochs: 10, learningRate: 0.2, l2: 1e-5, minCount: 2, seed: 13 },
    minAbsWeight: 0.005,
  },
};
