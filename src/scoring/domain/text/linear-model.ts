import type { FeatureVector } from './sparse-features.js';

/**
 * Logistic-regression model over hashed sparse features plus standardised
 * dense features. Weights live in a dense Float32Array so scoring is one
 * masked array read per feature.
 */
export interface LinearModel {
  bits: number;
  bias: number;
  weights: Float32Array;
  denseWeights: number[];
  denseMean: number[];
  denseScale: number[];
}

/** Compact JSON form: pruned, delta-encoded bucket indices and quantised weights. */
export interface LinearModelArtefact {
  bits: number;
  bias: number;
  weightScale: number;
  indexDeltas: number[];
  quantizedWeights: number[];
  denseWeights: number[];
  denseMean: number[];
  denseScale: number[];
}

export function linearScore(model: LinearModel, features: FeatureVector): number {
  const mask = (1 << model.bits) - 1;
  const { indices, values, dense } = features;
  let z = model.bias;
  for (let i = 0; i < indices.length; i++) z += model.weights[indices[i] & mask] * values[i];
  for (let j = 0; j < model.denseWeights.length; j++) {
    z += model.denseWeights[j] * ((dense[j] - model.denseMean[j]) / model.denseScale[j]);
  }
  return z;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predictProbability(model: LinearModel, features: FeatureVector): number {
  return sigmoid(linearScore(model, features));
}

export function toArtefact(model: LinearModel, minAbsWeight: number, weightScale = 1e-4): LinearModelArtefact {
  const indexDeltas: number[] = [];
  const quantizedWeights: number[] = [];
  let previous = 0;
  for (let i = 0; i < model.weights.length; i++) {
    const w = model.weights[i];
    if (Math.abs(w) < minAbsWeight) continue;
    const q = Math.round(w / weightScale);
    if (q === 0) continue;
    indexDeltas.push(i - previous);
    quantizedWeights.push(q);
    previous = i;
  }
  return {
    bits: model.bits,
    bias: round(model.bias),
    weightScale,
    indexDeltas,
    quantizedWeights,
    denseWeights: model.denseWeights.map(round),
    denseMean: model.denseMean.map(round),
    denseScale: model.denseScale.map(round),
  };
}

export function fromArtefact(artefact: LinearModelArtefact): LinearModel {
  const weights = new Float32Array(1 << artefact.bits);
  let index = 0;
  for (let i = 0; i < artefact.indexDeltas.length; i++) {
    index += artefact.indexDeltas[i];
    weights[index] = artefact.quantizedWeights[i] * artefact.weightScale;
  }
  return {
    bits: artefact.bits,
    bias: artefact.bias,
    weights,
    denseWeights: [...artefact.denseWeights],
    denseMean: [...artefact.denseMean],
    denseScale: [...artefact.denseScale],
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
