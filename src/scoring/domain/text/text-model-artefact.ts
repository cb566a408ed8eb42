import type { LinearModelArtefact } from './linear-model.js';

/** Hyper-parameters of the hashed logistic regression (trained by scripts/lib/train-logistic-regression.ts). */
export interface LogisticTrainingOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Buckets seen in fewer training examples than this stay at weight 0 (less overfitting, smaller artefacts). */
  minCount: number;
  seed: number;
}

export const ARTEFACT_FORMAT = 'candor-hashed-logreg';

/** On-disk form of one trained model (models/*.vN.json). No timestamp, so retraining is byte-reproducible. */
export interface TextModelArtefactFile {
  header: {
    format: typeof ARTEFACT_FORMAT;
    model: string;
    version: number;
    dataFile: string;
    dataSha256: string;
    rows: number;
    positives: number;
    hyperParameters: LogisticTrainingOptions & { minAbsWeight: number };
    nonZeroWeights: number;
  };
  model: LinearModelArtefact;
}
