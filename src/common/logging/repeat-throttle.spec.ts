import { RepeatThrottle } from './repeat-throttle.js';

describe('RepeatThrottle', () => {
  it('logs the first occurrence, stays quiet within the window, then logs once with the count', () => {
    const throttle = new RepeatThrottle(10_000);
    const lines = [0, 1_000, 2_000, 9_999, 10_000, 12_000].map((t) => throttle.admit('pg', 'terminating connection', t));
    expect(lines).toEqual([
      'terminating connection', undefined, undefined, undefined,
      'terminating connection (repeated 3 more times in the last 10 s)', undefined,
    ]);
  });

  it('keeps distinct keys apart', () => {
    const throttle = new RepeatThrottle(10_000);
    expect([throttle.admit('a', 'x', 0), throttle.admit('b', 'y', 1), throttle.admit('a', 'x', 2)]).toEqual(['x', 'y', undefined]);
  });

  it('logs again without a count when nothing was suppressed', () => {
    const throttle = new RepeatThrottle(1_000);
    expect([throttle.admit('a', 'x', 0), throttle.admit('a', 'x', 5_000)]).toEqual(['x', 'x']);
  });
});
