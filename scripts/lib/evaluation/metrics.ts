/** Binary classification metrics. Labels are 0/1; scores are any monotone confidence for class 1. */

export function accuracy(labels: readonly number[], predicted: readonly number[]): number {
  if (labels.length === 0) return 0;
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === predicted[i]) correct++;
  return correct / labels.length;
}

/** Unweighted mean of the F1 of class 0 and class 1. */
export function macroF1(labels: readonly number[], predicted: readonly number[]): number {
  return (f1For(labels, predicted, 0) + f1For(labels, predicted, 1)) / 2;
}

function f1For(labels: readonly number[], predicted: readonly number[], positive: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < labels.length; i++) {
    if (predicted[i] === positive && labels[i] === positive) tp++;
    else if (predicted[i] === positive) fp++;
    else if (labels[i] === positive) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** ROC AUC via the rank-sum (Mann–Whitney) statistic; tied scores get average ranks. */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i] })).sort((a, b) => a.s - b.s);
  let positives = 0;
  let rankSumPositive = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].s === order[i].s) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (order[k].y === 1) {
        positives++;
        rankSumPositive += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface MeanSd {
  mean: number;
  sd: number;
}

/** Mean and sample standard deviation (n − 1), e.g. over cross-validation folds. */
export function meanSd(values: readonly number[]): MeanSd {
  if (values.length === 0) return { mean: Number.NaN, sd: Number.NaN };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (values.length === 1) return { mean, sd: 0 };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance) };
}
