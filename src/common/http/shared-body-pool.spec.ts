import { SharedBodyPool } from './shared-body-pool.js';

describe('SharedBodyPool', () => {
  it('lends a released buffer again, as it was left, when it fits', () => {
    const pool = new SharedBodyPool(2);
    const first = pool.take(1_000);
    new Uint8Array(first)[0] = 7;
    pool.release(first);
    const again = pool.take(800);
    expect(again).toBe(first);
    expect(new Uint8Array(again)[0]).toBe(7);
    expect(pool.take(800)).not.toBe(first);
  });

  it('allocates when no free buffer is large enough', () => {
    const pool = new SharedBodyPool(2);
    const small = pool.take(10);
    pool.release(small);
    const big = pool.take(100);
    expect(big).not.toBe(small);
    expect(big.byteLength).toBe(100);
  });

  it('keeps at most `capacity` free buffers, the larger ones', () => {
    const pool = new SharedBodyPool(2);
    const [a, b, c] = [pool.take(10), pool.take(30), pool.take(20)];
    for (const memory of [a, b, c]) pool.release(memory);
    expect(pool.size).toBe(2);
    expect(pool.take(11)).toBe(c);
    expect(pool.take(11)).toBe(b);
    expect(pool.size).toBe(0);
  });

  it('takes back only what it lent, once', () => {
    const pool = new SharedBodyPool(2);
    const lent = pool.take(10);
    pool.release(lent);
    pool.release(lent);
    pool.release(new SharedArrayBuffer(10));
    pool.release(new ArrayBuffer(10));
    expect(pool.size).toBe(1);
  });
});
