import { RestartBackoff } from './restart-backoff.js';

describe('RestartBackoff', () => {
  it('doubles the delay while the child keeps dying young, up to the cap', () => {
    const backoff = new RestartBackoff(500, 4_000, 60_000);
    expect([1, 1, 1, 1, 1, 1].map((lived) => backoff.next(lived))).toEqual([500, 1_000, 2_000, 4_000, 4_000, 4_000]);
  });

  it('starts again from the base delay after a healthy run', () => {
    const backoff = new RestartBackoff(500, 30_000, 60_000);
    backoff.next(10);
    backoff.next(10);
    expect(backoff.next(60_000)).toBe(500);
    expect(backoff.next(10)).toBe(1_000);
  });
});
