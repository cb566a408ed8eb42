import { median } from '../../bench/percentile.js';

describe('bench median', () => {
  it('is the middle value of an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
  });

  it('averages the two middle values of an even count, so a two-round ratio is not its better round', () => {
    expect(median([0.66, 0.84])).toBeCloseTo(0.75, 10);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});
