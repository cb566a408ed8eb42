import { invalidFlagRate, raisedPriority, reportBoost, reporterAccuracy } from './reporter-accuracy.js';

describe('reporter accuracy', () => {
  it.each([
    [{ upheld: 0, rejected: 0 }, 0.5, null],
    [{ upheld: 8, rejected: 0 }, 10 / 12, 0],
    [{ upheld: 0, rejected: 8 }, 2 / 12, 1],
    [{ upheld: 3, rejected: 1 }, 5 / 8, 0.25],
    [{ upheld: 96, rejected: 0 }, 98 / 100, 0],
  ])('%o → accuracy %d, invalid-flag rate %s', (record, accuracy, invalid) => {
    expect(reporterAccuracy(record)).toBeCloseTo(accuracy, 9);
    expect(invalidFlagRate(record)).toBe(invalid);
  });

  it.each([[0.5, 15], [1, 30], [0, 0], [2 / 12, 5], [1.7, 30], [-1, 0]])('accuracy %d → %d priority points', (accuracy, boost) => {
    expect(reportBoost(accuracy)).toBe(boost);
  });

  it.each([[40, 15, 55], [95, 30, 100], [0, 0, 0]])('priority %d + %d → %d (capped)', (current, boost, expected) => {
    expect(raisedPriority(current, boost)).toBe(expected);
  });
});
