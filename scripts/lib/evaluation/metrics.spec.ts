import { accuracy, macroF1, meanSd, rocAuc } from './metrics.js';

describe('metrics', () => {
  it.each([
    [[0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], 0.75],
    [[0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4], 1],
    [[0, 0, 1, 1], [0.4, 0.3, 0.2, 0.1], 0],
    [[0, 1], [0.5, 0.5], 0.5],
    [[0, 0, 1], [0.2, 0.5, 0.5], 0.75],
  ])('rocAuc(%j, %j) = %d', (labels, scores, expected) => {
    expect(rocAuc(labels, scores)).toBeCloseTo(expected, 10);
  });

  it('returns NaN for AUC when one class is absent', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
  });

  it('computes accuracy and macro-F1', () => {
    const labels = [1, 1, 0, 0];
    const predicted = [1, 0, 0, 0];
    expect(accuracy(labels, predicted)).toBe(0.75);
    // F1(class 1) = 2/3, F1(class 0) = 4/5.
    expect(macroF1(labels, predicted)).toBeCloseTo((2 / 3 + 4 / 5) / 2, 10);
    expect(macroF1([1, 0], [1, 0])).toBe(1);
  });

  it('computes mean and sample standard deviation', () => {
    expect(meanSd([1, 2, 3])).toEqual({ mean: 2, sd: 1 });
    expect(meanSd([5])).toEqual({ mean: 5, sd: 0 });
  });
});
