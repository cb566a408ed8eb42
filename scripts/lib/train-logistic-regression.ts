import type { LinearModel } from '../../src/scoring/domain/text/linear-model.js';
import type { FeatureVector } from '../../src/scoring/domain/text/sparse-features.js';
import type { LogisticTrainingOptions } from '../../src/scoring/domain/text/text-model-artefact.js';

import { createRandom, shuffleInPlace } from './evaluation/prng.js';

export type { LogisticTrainingOptions };

interface PreparedExample {
  indices: Int32Array;
  values: Float64Array;
  dense: Float64Array;
  label: number;
}

/** Adagrad SGD on the log loss; deterministic for a given seed and example order. */
export function trainLogisticRegression(
  examples: readonly FeatureVector[],
  labels: readonly number[],
  options: LogisticTrainingOptions,
): LinearModel {
  const size = 1 << options.bits;
  const counts = countBuckets(examples, size - 1);
  const denseLength = examples[0]?.dense.length ?? 0;
  const { mean, scale } = denseStatistics(examples, denseLength);
  const prepared = examples.map((e, i) => prepare(e, labels[i], size - 1, counts, options.minCount, mean, scale));
  const weights = new Float64Array(size);
  const gradSquares = new Float64Array(size);
  const denseWeights = new Float64Array(denseLength);
  const denseGradSquares = new Float64Array(denseLength);
  const state = { bias: 0, biasGradSquare: 0 };
  const order = prepared.map((_, i) => i);
  const random = createRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const i of order) {
      step(prepared[i], weights, gradSquares, denseWeights, denseGradSquares, state, options);
    }
  }
  return {
    bits: options.bits,
    bias: state.bias,
    weights: Float32Array.from(weights),
    denseWeights: Array.from(denseWeights),
    denseMean: mean,
    denseScale: scale,
  };
}

function step(
  ex: PreparedExample,
  w: Float64Array,
  g2: Float64Array,
  dw: Float64Array,
  dg2: Float64Array,
  state: { bias: number; biasGradSquare: number },
  options: LogisticTrainingOptions,
): void {
  let z = state.bias;
  for (let k = 0; k < ex.indices.length; k++) z += w[ex.indices[k]] * ex.values[k];
  for (let j = 0; j < dw.length; j++) z += dw[j] * ex.dense[j];
  const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  const error = p - ex.label;
  const lr = options.learningRate;
  for (let k = 0; k < ex.indices.length; k++) {
    const idx = ex.indices[k];
    const grad = error * ex.values[k] + options.l2 * w[idx];
    g2[idx] += grad * grad;
    w[idx] -= (lr * grad) / (Math.sqrt(g2[idx]) + 1e-8);
  }
  for (let j = 0; j < dw.length; j++) {
    const grad = error * ex.dense[j] + options.l2 * dw[j];
    dg2[j] += grad * grad;
    dw[j] -= (lr * grad) / (Math.sqrt(dg2[j]) + 1e-8);
  }
  state.biasGradSquare += error * error;
  state.bias -= (lr * error) / (Math.sqrt(state.biasGradSquare) + 1e-8);
}

function countBuckets(examples: readonly FeatureVector[], mask: number): Uint32Array {
  const counts = new Uint32Array(mask + 1);
  for (const e of examples) for (const h of e.indices) counts[h & mask]++;
  return counts;
}

function denseStatistics(examples: readonly FeatureVector[], length: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(length).fill(0);
  const sq = new Array<number>(length).fill(0);
  for (const e of examples) for (let j = 0; j < length; j++) mean[j] += e.dense[j] / examples.length;
  for (const e of examples) for (let j = 0; j < length; j++) sq[j] += (e.dense[j] - mean[j]) ** 2 / examples.length;
  return { mean, scale: sq.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

function prepare(
  e: FeatureVector,
  label: number,
  mask: number,
  counts: Uint32Array,
  minCount: number,
  mean: number[],
  scale: number[],
): PreparedExample {
  const indices: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < e.indices.length; k++) {
    const idx = e.indices[k] & mask;
    if (counts[idx] < minCount) continue;
    indices.push(idx);
    values.push(e.values[k]);
  }
  const dense = Float64Array.from(e.dense, (x, j) => (x - mean[j]) / scale[j]);
  return { indices: Int32Array.from(indices), values: Float64Array.from(values), dense, label };
}
