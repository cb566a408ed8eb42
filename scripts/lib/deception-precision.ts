import { fromArtefact, predictProbability, toArtefact } from '../../src/scoring/domain/text/linear-model.js';
import { extractStyleClassifierFeatures } from '../../src/scoring/domain/text/style-classifier-features.js';
import type { TextModelSpec } from '../../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from './train-logistic-regression.js';

import { loadDataset } from './datasets.js';

/**
 * The removed deception classifier's recipe (it was models/deception.v1.json), kept so eval can show why
 * it was removed: high precision on crowdsourced hotel fakes says nothing about real product-review spam.
 */
export const DECEPTION_SPEC: Pick<TextModelSpec, 'extract' | 'training' | 'minAbsWeight'> = {
  extract: extractStyleClassifierFeatures,
  training: { bits: 16, epochs: 10, learningRate: 0.2, l2: 1e-5, minCount: 2, seed: 14 },
  minAbsWeight: 0.005,
};

export const DECEPTION_THRESHOLDS = [0.5, 0.7, 0.8, 0.9, 0.95] as const;

/**
 * Leave-one-hotel-out: each hotel's reviews are scored by a model trained on
 * the other hotels, then precision and recall of "likelihood ≥ t" are pooled.
 * Precision is what a signal weight would have rested on.
 */
export function printDeceptionPrecision(dataDir: string): void {
  const spec = DECEPTION_SPEC;
  const data = loadDataset(dataDir, 'deception');
  const groups = data.groups ?? [];
  const features = data.texts.map((t) => spec.extract(t));
  const probability = new Array<number>(data.texts.length).fill(0);
  for (const hotel of new Set(groups)) {
    const train = groups.flatMap((g, i) => (g === hotel ? [] : [i]));
    const trained = trainLogisticRegression(train.map((i) => features[i]), train.map((i) => data.labels[i]), spec.training);
    const model = fromArtefact(toArtefact(trained, spec.minAbsWeight));
    groups.forEach((g, i) => {
      if (g === hotel) probability[i] = predictProbability(model, features[i]);
    });
  }
  const deceptive = data.labels.filter((y) => y === 1).length;
  console.log(`\nDeception likelihood, leave-one-hotel-out (${new Set(groups).size} hotels, ${data.texts.length} reviews, ${deceptive} deceptive)`);
  console.log('| threshold | flagged | precision | recall |\n|---|---|---|---|');
  for (const t of DECEPTION_THRESHOLDS) {
    const flagged = probability.flatMap((p, i) => (p >= t ? [i] : []));
    const hits = flagged.filter((i) => data.labels[i] === 1).length;
    const precision = flagged.length === 0 ? 0 : hits / flagged.length;
    console.log(`| ${t} | ${flagged.length} | ${precision.toFixed(3)} | ${(hits / deceptive).toFixed(3)} |`);
  }
}
