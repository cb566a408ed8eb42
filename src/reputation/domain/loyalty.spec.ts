import { exactPercentile } from './exact-percentile.js';
import { loyaltyFigures } from './loyalty.js';
import { previousPeriod, resolvePeriod, type Period } from './period.js';

describe('loyaltyFigures', () => {
  it('divides churned by previous shoppers and repeat by current shoppers', () => {
    const prev = { from: '2026-02-01', to: '2026-02-28' };
    expect(loyaltyFigures({ shoppers: 8, repeatShoppers: 2, previousShoppers: 5, churned: 1 }, prev)).toEqual({
      shoppers: 8, repeatShoppers: 2, previousShoppers: 5, churned: 1, churnRate: 0.2, repeatPurchaseRate: 0.25, previousPeriod: prev,
    });
    expect(loyaltyFigures({ shoppers: 0, repeatShoppers: 0, previousShoppers: 0, churned: 0 }, prev)).toMatchObject({ churnRate: null, repeatPurchaseRate: null });
  });
});

describe('previousPeriod', () => {
  it('is the same number of days ending the day before', () => {
    const p = resolvePeriod('2026-03-01', '2026-03-31', new Date('2026-04-01T00:00:00Z')) as Period;
    const q = previousPeriod(p);
    expect({ from: q.from, to: q.to, days: q.days.length, end: q.end.toISOString() }).toEqual({
      from: '2026-01-29', to: '2026-02-28', days: 31, end: '2026-03-01T00:00:00.000Z',
    });
  });
});

describe('exactPercentile', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[3, 1, 2], 0.5, 2],
    [[1, 2, 3, 4], 0.5, 2.5],
    // rank 0.9 × 4 = 3.6 → 40 + 0.6 × 60 = 76
    [[10, 20, 30, 40, 100], 0.9, 76],
  ])('%p at %p → %p', (values, q, expected) => {
    expect(exactPercentile(values, q)).toBe(expected);
  });
});
