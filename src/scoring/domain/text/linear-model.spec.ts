import { fromArtefact, predictProbability, toArtefact } from './linear-model.js';
import type { FeatureVector } from './sparse-features.js';
import { trainLogisticRegression } from '../../../../scripts/lib/train-logistic-regression.js';

const OPTIONS = { bits: 10, epochs: 20, learningRate: 0.3, l2: 0, minCount: 1, seed: 3 };

function toyData(): { examples: FeatureVector[]; labels: number[] } {
  const examples: FeatureVector[] = [];
  const labels: number[] = [];
  for (let i = 0; i < 40; i++) {
    const label = i % 2;
    examples.push({ indices: [label === 1 ? 101 : 202, 300 + (i % 5)], values: [1, 1], dense: [label * 2 + (i % 3) * 0.1] });
    labels.push(label);
  }
  return { examples, labels };
}

describe('hashed logistic regression', () => {
  const { examples, labels } = toyData();
  const model = trainLogisticRegression(examples, labels, OPTIONS);

  it('learns a separable problem', () => {
    examples.forEach((e, i) => expect(predictProbability(model, e) >= 0.5 ? 1 : 0).toBe(labels[i]));
  });

  it('is reproducible for a seed', () => {
    const again = trainLogisticRegression(examples, labels, OPTIONS);
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
    expect(again.bias).toBe(model.bias);
  });

  it('keeps predictions through the pruned, quantised artefact', () => {
    const restored = fromArtefact(JSON.parse(JSON.stringify(toArtefact(model, 0.001))));
    for (const e of examples) expect(predictProbability(restored, e)).toBeCloseTo(predictProbability(model, e), 2);
  });
});
