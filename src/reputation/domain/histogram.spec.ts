import { addInto, histogramFromValues, LATENCY_BOUNDS_SECONDS, LATENCY_BUCKETS, latencyBucket, percentileFromHistogram } from './histogram.js';

describe('latency buckets', () => {
  it.each([
    [-5, 0], [0, 0], [60, 0], [60.5, 1], [300, 1], [1800, 3], [1801, 4], [7200, 5], [18_000, 7], [2_592_000, 15], [2_592_001, 16], [1e9, 16],
  ])('%s s → bucket %s', (seconds, bucket) => {
    expect(latencyBucket(seconds)).toBe(bucket);
  });

  it('has one overflow bucket past the last bound', () => {
    expect(LATENCY_BUCKETS).toBe(LATENCY_BOUNDS_SECONDS.length + 1);
  });
});

describe('percentileFromHistogram (nearest rank, bucket upper bound)', () => {
  it.each([
    [[1800, 7200, 18_000], 0.5, 7200],
    [[1800, 7200, 18_000], 0.9, 28_800],
    [[60, 60, 60, 120, 3600], 0.5, 60],
    [[60, 60, 60, 120, 3600], 0.9, 3600],
    [[30], 0.5, 60],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9, 300],
  ])('%j q=%s → %s s', (values, q, expected) => {
    expect(percentileFromHistogram(histogramFromValues(values), q)).toEqual({ seconds: expected, overflow: false });
  });

  it('flags percentiles beyond the last bound and answers null on no data', () => {
    expect(percentileFromHistogram(histogramFromValues([5e6]), 0.5)).toEqual({ seconds: null, overflow: true });
    expect(percentileFromHistogram(histogramFromValues([]), 0.5)).toBeNull();
  });

  it('adds histograms element-wise, ignoring null', () => {
    expect(addInto([1, 2, 3], [1, 1])).toEqual([2, 3, 3]);
    expect(addInto([1], null)).toEqual([1]);
  });
});
