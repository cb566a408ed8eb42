import { groupKFold, stratifiedKFold } from './evaluation/k-fold.js';
import { accuracy, macroF1, type MeanSd, meanSd, rocAuc } from './evaluation/metrics.js';
import { fromArtefact, predictProbability, toArtefact } from '../../src/scoring/domain/text/linear-model.js';
import type { FeatureVector } from '../../src/scoring/domain/text/sparse-features.js';
import type { TextModelSpec } from '../../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from './train-logistic-regression.js';

import type { Dataset } from './datasets.js';

export interface CvResult {
  accuracy: MeanSd;
  macroF1: MeanSd;
  auc: MeanSd;
}

export const FOLDS = 5;
export const FOLD_SEED = 20240601;

/** Scores one fold's test rows; must only look at the training rows it is given. */
export type FoldScorer = (train: number[], test: number[]) => number[];

export function crossValidate(data: Dataset, scorer: FoldScorer): CvResult {
  const folds = data.groups ? groupKFold(data.groups, FOLDS, FOLD_SEED) : stratifiedKFold(data.labels, FOLDS, FOLD_SEED);
  const acc: number[] = [];
  const f1: number[] = [];
  const auc: number[] = [];
  for (const fold of folds) {
    const probabilities = scorer(fold.train, fold.test);
    const truth = fold.test.map((i) => data.labels[i]);
    const predicted = probabilities.map((p) => (p >= 0.5 ? 1 : 0));
    acc.push(accuracy(truth, predicted));
    f1.push(macroF1(truth, predicted));
    auc.push(rocAuc(truth, probabilities));
  }
  return { accuracy: meanSd(acc), macroF1: meanSd(f1), auc: meanSd(auc) };
}

/** Trains the spec's model on the training fold (pruned + quantised exactly like the artefact) and scores the test fold. */
export function modelScorer(spec: Pick<TextModelSpec, 'extract' | 'training' | 'minAbsWeight'>, data: Dataset, features: readonly FeatureVector[]): FoldScorer {
  return (train, test) => {
    const trained = trainLogisticRegression(
      train.map((i) => features[i]),
      train.map((i) => data.labels[i]),
      spec.training,
    );
    const model = fromArtefact(toArtefact(trained, spec.minAbsWeight));
    return test.map((i) => predictProbability(model, features[i]));
  };
}
