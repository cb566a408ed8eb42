import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { combineSignals, fixedSuspicion, suspicionOf } from './combine-signals.js';
import { emptyPercentileTable, percentileOf, updatePercentileTable } from './percentile-table.js';

describe('percentile tables', () => {
  const uniform = updatePercentileTable(emptyPercentileTable(), Array.from({ length: 1001 }, (_, i) => i / 1000));

  it.each([
    [0, 0],
    [0.25, 0.25],
    [0.5, 0.5],
    [0.9, 0.9],
    [1, 1],
    [-5, 0],
    [5, 1],
  ])('uniform sample: percentileOf(%d) ≈ %d', (value, expected) => {
    expect(percentileOf(uniform, value)).toBeCloseTo(expected, 2);
  });

  it('gives ties the middle of their range', () => {
    const mostlyZero = updatePercentileTable(emptyPercentileTable(), [...Array(900).fill(0), ...Array(100).fill(1)]);
    expect(percentileOf(mostlyZero, 0)).toBeCloseTo(0.45, 1);
    expect(percentileOf(mostlyZero, 1)).toBeGreaterThan(0.9);
  });

  it('keeps old and new observations in proportion when merged', () => {
    const merged = updatePercentileTable(updatePercentileTable(emptyPercentileTable(), Array(1000).fill(0)), Array(1000).fill(10));
    expect(merged.count).toBe(2000);
    expect(percentileOf(merged, 5)).toBeCloseTo(0.5, 1);
    expect(percentileOf(emptyPercentileTable(), 1)).toBeNull();
  });
});

describe('suspicion and combination', () => {
  const rules = testRuleSet();
  const accountAge = rules.signals.account_age; // tail low, normal 60, suspicious 2

  it.each([
    [90, 0],
    [60, 0],
    [31, 0.5],
    [2, 1],
    [0, 1],
  ])('fixed fallback: account age %d days → %d', (days, expected) => {
    expect(fixedSuspicion(days, accountAge)).toBeCloseTo(expected, 5);
  });

  it('ranks against the table once it has enough samples, gated by the normal value', () => {
    const table = updatePercentileTable(emptyPercentileTable(), Array.from({ length: 1000 }, (_, i) => i));
    expect(suspicionOf(1, accountAge, table, 10)).toBeGreaterThan(0.9);
    expect(suspicionOf(100, accountAge, table, 10)).toBe(0);
    expect(suspicionOf(1, accountAge, table, 5000)).toBeCloseTo(fixedSuspicion(1, accountAge), 5);
  });

  it('noisy-ORs raising signals, discounts lowering ones and keeps priority-only ones out', () => {
    const signals = [
      { id: 'exact_duplicate' as const, value: 2, reason: 'x' },
      { id: 'verified_purchase' as const, value: 1, reason: 'x' },
      { id: 'sentiment_rating_mismatch' as const, value: 1, reason: 'x' },
    ];
    const combined = combineSignals(signals, rules, {});
    expect(combined.fakeScore).toBeCloseTo(0.6 * (1 - 0.3), 4);
    expect(combined.priorityEvidence).toBeCloseTo(0.4, 4);
    expect(combined.outcomes.map((o) => Math.sign(o.contribution))).toEqual([1, -1, 1]);
  });
});
