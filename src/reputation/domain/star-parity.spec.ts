import { auditStarParity, type StarCell } from './star-parity.js';

const CFG = { margin: 0.05, minSample: 30, alpha: 0.01 };
const cells = (merchantId: string, byStar: [number, number][]): StarCell[] =>
  byStar.map(([received, held], i) => ({ merchantId, rating: i + 1, received, held }));

// Expected p-values computed by hand: pooled p̂ = (x1 + x2) / (n1 + n2), z = (x1/n1 − x2/n2) / √(p̂(1 − p̂)(1/n1 + 1/n2)),
// one-sided p = ½·erfc(z/√2). E.g. 1–2★ 20/80 vs 4–5★ 5/100: p̂ = 25/180, z = 3.85545, p = 5.7758e-5.
describe('auditStarParity', () => {
  it('alerts when low stars are held more, each test at alpha/4 (Bonferroni over the merchant\'s four tests)', () => {
    const audit = auditStarParity(cells('m1', [[40, 12], [40, 8], [30, 3], [50, 2], [50, 3]]), CFG);
    expect(audit.testAlpha).toBe(0.0025);
    const [m] = audit.merchants;
    expect(m.byStar).toEqual([
      { rating: 1, received: 40, held: 12, holdRate: 0.3 }, { rating: 2, received: 40, held: 8, holdRate: 0.2 },
      { rating: 3, received: 30, held: 3, holdRate: 0.1 }, { rating: 4, received: 50, held: 2, holdRate: 0.04 },
      { rating: 5, received: 50, held: 3, holdRate: 0.06 },
    ]);
    const byGroup = Object.fromEntries(m.tests.map((t) => [t.stars, t]));
    expect(byGroup['1-2']).toMatchObject({ low: { received: 80, held: 20, holdRate: 0.25 }, high: { received: 100, held: 5, holdRate: 0.05 }, difference: 0.2, alert: true });
    expect(byGroup['1-2'].pValue).toBeCloseTo(5.7758e-5, 5);
    expect(byGroup['1']).toMatchObject({ difference: 0.25, alert: true });
    expect(byGroup['1'].pValue).toBeCloseTo(2.1452e-5, 5);
    // 0.2 vs 0.05 is p = 0.00287: significant at 0.01 alone, not at the family's 0.0025.
    expect(byGroup['2']).toMatchObject({ difference: 0.15, alert: false });
    expect(byGroup['2'].pValue).toBeCloseTo(0.0028675, 5);
    // Within the margin: 0.10 − 0.05 is not more than 0.05.
    expect(byGroup['3']).toMatchObject({ difference: 0.05, alert: false, insufficient: false });
    expect(byGroup['3'].pValue).toBeCloseTo(0.158779, 5);
    expect([m.alert, audit.alert]).toEqual([true, true]);
  });

  it('stays silent on equal rates, and says when a group is too small to judge', () => {
    const audit = auditStarParity([
      ...cells('m2', [[40, 2], [40, 2], [40, 2], [40, 2], [40, 2]]),
      ...cells('m1', [[10, 9], [10, 9], [0, 0], [20, 0], [20, 0]]),
    ], CFG);
    expect(audit.merchants.map((m) => m.merchantId)).toEqual(['m1', 'm2']);
    const [small, fair] = audit.merchants;
    expect(small.tests.map((t) => [t.stars, t.insufficient, t.alert])).toEqual([['1-2', true, false], ['1', true, false], ['2', true, false], ['3', true, false]]);
    expect(fair.tests.map((t) => [t.stars, t.difference, t.pValue, t.alert])).toEqual([['1-2', 0, 0.5, false], ['1', 0, 0.5, false], ['2', 0, 0.5, false], ['3', 0, 0.5, false]]);
    expect(audit.alert).toBe(false);
  });

  it('never alerts on high stars held more (the test is one-sided)', () => {
    const audit = auditStarParity(cells('m1', [[100, 0], [100, 0], [100, 0], [100, 40], [100, 40]]), CFG);
    expect(audit.merchants[0].tests.every((t) => !t.alert && (t.difference ?? 0) < 0)).toBe(true);
  });

  it('has no merchants without reviews', () => {
    expect(auditStarParity([], CFG)).toEqual({ merchants: [], alert: false, testAlpha: 0.0025 });
  });
});
