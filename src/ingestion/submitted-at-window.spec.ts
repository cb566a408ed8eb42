import { CLOCK_SKEW_MS, checkSubmittedAt } from './submitted-at-window.js';

describe('checkSubmittedAt', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const at = (ms: number): Date => new Date(now.getTime() + ms);

  it.each([
    ['now', at(0)],
    ['within the clock skew', at(CLOCK_SKEW_MS)],
    ['years ago', new Date('2019-03-04T05:06:07Z')],
    ['the first instant of 2000', new Date('2000-01-01T00:00:00Z')],
  ])('accepts %s', (_name, date) => {
    expect(checkSubmittedAt(date, now)).toBeNull();
  });

  it('refuses a date beyond the clock skew with code future', () => {
    expect(checkSubmittedAt(at(CLOCK_SKEW_MS + 1), now)).toMatchObject({ code: 'future' });
    expect(checkSubmittedAt(new Date('2099-01-01T00:00:00Z'), now)?.message).toMatch(/in the future/);
  });

  it('refuses a date before 2000 with code too_old', () => {
    expect(checkSubmittedAt(new Date('1999-12-31T23:59:59Z'), now)).toMatchObject({ code: 'too_old' });
  });
});
