import { appealDeadline, appealWindowOpen } from './appeal-window.js';

describe('appeal window', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', '2026-07-15T10:00:00.000Z'],
    ['2025-08-31T00:00:00.000Z', '2026-02-28T00:00:00.000Z'],
    ['2027-08-31T00:00:00.000Z', '2028-02-29T00:00:00.000Z'],
    ['2026-12-01T23:59:59.000Z', '2027-06-01T23:59:59.000Z'],
  ])('decision at %s → deadline %s', (decided, deadline) => {
    expect(appealDeadline(new Date(decided)).toISOString()).toBe(deadline);
  });

  it.each([
    ['2026-07-15T10:00:00.000Z', true], ['2026-07-15T10:00:00.001Z', false], ['2026-02-01T00:00:00.000Z', true], ['2027-01-01T00:00:00.000Z', false],
  ])('at %s the window is open: %s', (now, open) => {
    expect(appealWindowOpen(new Date('2026-01-15T10:00:00.000Z'), new Date(now))).toBe(open);
  });
});
