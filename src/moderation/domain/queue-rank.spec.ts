import { effectiveFromRankKey, effectivePriority, exposureBoost, queueRankKey, type RankInput } from './queue-rank.js';

const NOW = new Date('2026-03-01T12:00:00Z');
const hoursAgo = (h: number): Date => new Date(NOW.getTime() - h * 3_600_000);
const item = (over: Partial<RankInput> = {}): RankInput => ({ priority: 50, fakeScore: 0.5, productExposure: 0, createdAt: NOW, ...over });

describe('exposureBoost', () => {
  it.each([
    [0, 0], [1, 5], [3, 10], [15, 20], [1_000_000, 20], [-4, 0],
  ])('%d published reviews → %d points', (count, points) => {
    expect(exposureBoost(count)).toBeCloseTo(points, 6);
  });
});

describe('effectivePriority', () => {
  it.each([
    ['fresh, no exposure', item(), 60],
    ['higher scoring priority', item({ priority: 80 }), 90],
    ['certain fake', item({ fakeScore: 1 }), 70],
    ['15 published reviews on the product', item({ productExposure: 15 }), 80],
    ['waiting 12 hours', item({ createdAt: hoursAgo(12) }), 84],
    ['waiting 3 days', item({ createdAt: hoursAgo(72) }), 204],
  ])('%s', (_name, input, expected) => {
    expect(effectivePriority(input, NOW)).toBeCloseTo(expected, 6);
  });

  it('lets a long wait overtake a higher priority', () => {
    expect(effectivePriority(item({ priority: 20, createdAt: hoursAgo(30) }), NOW)).toBeGreaterThan(effectivePriority(item({ priority: 70 }), NOW));
  });
});

describe('queueRankKey', () => {
  const items = [
    item({ priority: 90 }), item({ priority: 10, createdAt: hoursAgo(48) }), item({ fakeScore: 0.95, productExposure: 40 }),
    item({ priority: 55, createdAt: hoursAgo(5) }), item({ priority: 0, fakeScore: 0, createdAt: hoursAgo(1) }),
  ];

  it.each([NOW, new Date('2026-03-02T00:00:00Z'), new Date('2027-01-01T00:00:00Z')])('orders items as effective priority does at %s', (at) => {
    const byKey = [...items].sort((a, b) => queueRankKey(b) - queueRankKey(a));
    const byEffective = [...items].sort((a, b) => effectivePriority(b, at) - effectivePriority(a, at));
    expect(byKey).toEqual(byEffective);
  });

  it('recovers the effective priority from the stored key', () => {
    const input = item({ priority: 33, createdAt: hoursAgo(7) });
    expect(effectiveFromRankKey(queueRankKey(input), NOW)).toBeCloseTo(effectivePriority(input, NOW), 6);
  });
});
