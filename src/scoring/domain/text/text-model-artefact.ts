import type { LinearModelArtefact } from './linear-model.js';
import type { LogisticTrainingOptions } from './train-logistic-regression.js';

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
