import { bayesianAverage, mannWhitneyFromHistograms, normalCdf, ratio, round, twoProportionZTest } from './stats.js';

describe('normalCdf', () => {
  it.each([[0, 0.5], [1.96, 0.975], [-1.96, 0.025], [1.6449, 0.95], [3, 0.99865], [-8, 0]])('Φ(%s) ≈ %s', (z, p) => {
    expect(normalCdf(z)).toBeCloseTo(p, 4);
  });
});

describe('twoProportionZTest', () => {
  it.each([
    // x1, n1, x2, n2, z, two-sided p
    [50, 100, 30, 100, 2.8868, 0.0039],
    [30, 100, 50, 100, -2.8868, 0.0039],
    [10, 20, 10, 20, 0, 1],
    [120, 400, 100, 400, 1.5836, 0.1133],
  ])('%s/%s vs %s/%s → z %s, p %s', (x1, n1, x2, n2, z, p) => {
    const r = twoProportionZTest(x1, n1, x2, n2);
    expect(r.z).toBeCloseTo(z, 3);
    expect(r.pTwoSided).toBeCloseTo(p, 3);
    expect(r.pGreater).toBeCloseTo(1 - normalCdf(r.z), 9);
  });

  it.each([[0, 0, 5, 10], [5, 10, 0, 0], [0, 10, 0, 10], [10, 10, 10, 10]])('no evidence without variance (%s/%s vs %s/%s)', (x1, n1, x2, n2) => {
    expect(twoProportionZTest(x1, n1, x2, n2)).toEqual({ z: 0, pTwoSided: 1, pGreater: 0.5 });
  });
});

describe('mannWhitneyFromHistograms', () => {
  it.each([
    // a, b, U, superiority
    [[0, 0, 5], [5, 0, 0], 25, 1],
    [[5, 0, 0], [0, 0, 5], 0, 0],
    [[3, 3], [3, 3], 18, 0.5],
    [[1, 1, 1], [1, 1, 1], 4.5, 0.5],
    [[2, 0, 1], [0, 3, 0], 3, 1 / 3],
  ])('%j vs %j → U %s', (a, b, u, sup) => {
    const r = mannWhitneyFromHistograms(a, b);
    expect(r.u).toBeCloseTo(u, 9);
    expect(r.superiority).toBeCloseTo(sup, 9);
  });

  it('matches the tie-corrected normal approximation', () => {
    // A = {2,3,3}, B = {1,1,2}: U = 8.5, mean 4.5; tie groups of sizes 2,2,2 → variance (9/12)·(7 − 18/30) = 4.8 → z = 4/√4.8.
    const r = mannWhitneyFromHistograms([0, 1, 2], [2, 1, 0]);
    expect(r.u).toBe(8.5);
    expect(r.z).toBeCloseTo(4 / Math.sqrt(4.8), 9);
  });

  it('answers "no evidence" for an empty side', () => {
    expect(mannWhitneyFromHistograms([], [1, 2])).toMatchObject({ z: 0, pTwoSided: 1, superiority: 0.5 });
  });
});

describe('bayesianAverage, ratio, round', () => {
  it.each([
    [14, 4, 3, 7, 35 / 11],
    [5, 1, 4, 7, 33 / 8],
    [0, 0, 4, 7, null],
    [50, 10, 4, 0, 5],
  ])('sum %s over %s with prior %s×%s → %s', (sum, count, mean, weight, expected) => {
    expect(bayesianAverage(sum, count, mean, weight)).toBe(expected);
  });

  it.each([[1, 3, 0.3333], [2, 0, null], [0, 5, 0], [5, 5, 1]])('ratio(%s, %s) = %s', (a, b, r) => {
    expect(ratio(a, b)).toBe(r);
  });

  it('round keeps nulls and non-finite values out', () => {
    expect([round(1.23456), round(null), round(Number.NaN), round(2.5, 0)]).toEqual([1.2346, null, null, 3]);
  });
});
