import { chunkDays, parseDay, resolvePeriod } from './period.js';

const NOW = new Date('2026-05-10T15:00:00Z');

describe('resolvePeriod', () => {
  it.each([
    ['explicit', '2026-03-01', '2026-03-03', { from: '2026-03-01', to: '2026-03-03', days: 3 }],
    ['one day', '2026-03-01', '2026-03-01', { from: '2026-03-01', to: '2026-03-01', days: 1 }],
    ['default: 90 days to today', undefined, undefined, { from: '2026-02-10', to: '2026-05-10', days: 90 }],
    ['leap day', '2024-02-28', '2024-03-01', { from: '2024-02-28', to: '2024-03-01', days: 3 }],
  ])('%s', (_name, from, to, expected) => {
    const p = resolvePeriod(from, to, NOW);
    if ('error' in p) throw new Error(p.error);
    expect({ from: p.from, to: p.to, days: p.days.length }).toEqual(expected);
    expect(p.end.getTime() - p.start.getTime()).toBe(expected.days * 86_400_000);
  });

  it.each([
    ['impossible date', '2026-02-30', '2026-03-01', /from must be a calendar date/],
    ['bad to', '2026-02-01', '2026-13-01', /to must be a calendar date/],
    ['reversed', '2026-03-02', '2026-03-01', /not be after/],
    ['too long', '2020-01-01', '2026-03-01', /at most 731 days/],
  ])('%s → error', (_name, from, to, message) => {
    const p = resolvePeriod(from, to, NOW);
    expect('error' in p && p.error).toMatch(message);
  });
});

describe('parseDay and chunkDays', () => {
  it.each([['2026-01-31', true], ['2026-02-29', false], ['2026-1-1', false], ['x', false]])('parseDay(%s) valid=%s', (d, ok) => {
    expect(parseDay(d) !== null).toBe(ok);
  });

  it('sorts, dedupes and cuts days into runs', () => {
    expect(chunkDays(['2026-01-03', '2026-01-01', '2026-01-02', '2026-01-01'], 2)).toEqual([['2026-01-01', '2026-01-02'], ['2026-01-03']]);
    expect(chunkDays([], 14)).toEqual([]);
  });
});
