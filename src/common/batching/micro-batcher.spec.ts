import { MicroBatcher } from './micro-batcher.js';

/** A handler whose calls finish only when the test says so. */
function gatedHandler(): { calls: number[][]; release: () => void; handler: (items: number[]) => Promise<PromiseSettledResult<number>[]> } {
  const calls: number[][] = [];
  let gates: (() => void)[] = [];
  return {
    calls,
    release: () => {
      const open = gates;
      gates = [];
      for (const g of open) g();
    },
    handler: async (items) => {
      calls.push(items);
      await new Promise<void>((resolve) => gates.push(resolve));
      return items.map((n) => (n < 0 ? { status: 'rejected', reason: new Error(`bad ${n}`) } : { status: 'fulfilled', value: n * 10 }));
    },
  };
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('MicroBatcher', () => {
  it('runs a lone item at once and batches what arrives while the in-flight limit is reached', async () => {
    const h = gatedHandler();
    const batcher = new MicroBatcher(h.handler, { maxBatch: 3, maxInFlight: 1 });
    const first = batcher.submit(1);
    const rest = [2, 3, 4, 5, 6].map((n) => batcher.submit(n));
    expect(h.calls).toEqual([[1]]);
    h.release();
    await expect(first).resolves.toBe(10);
    await flush();
    expect(h.calls).toEqual([[1], [2, 3, 4]]);
    h.release();
    await flush();
    expect(h.calls).toEqual([[1], [2, 3, 4], [5, 6]]);
    h.release();
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40, 50, 60]);
  });

  it('keeps items submitted together in one batch instead of starting a batch with the first of them', async () => {
    const h = gatedHandler();
    const batcher = new MicroBatcher(h.handler, { maxBatch: 4, maxInFlight: 2 });
    const results = batcher.submitAll([1, 2, 3, 4, 5, 6]);
    expect(h.calls).toEqual([[1, 2, 3, 4], [5, 6]]);
    h.release();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('settles each item on its own: a rejected item does not fail the rest of its batch', async () => {
    const h = gatedHandler();
    const batcher = new MicroBatcher(h.handler, { maxBatch: 10, maxInFlight: 1 });
    const blocker = batcher.submit(0);
    const results = Promise.allSettled([1, -2, 3].map((n) => batcher.submit(n)));
    h.release();
    await blocker;
    await flush();
    h.release();
    expect((await results).map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'bad -2', 30]);
  });

  it('rejects the whole batch when the handler throws, and keeps serving later items', async () => {
    let fail = true;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      if (fail) throw new Error('database gone');
      return items.map((n) => ({ status: 'fulfilled', value: n }));
    }, { maxBatch: 5, maxInFlight: 2 });
    await expect(batcher.submit(1)).rejects.toThrow('database gone');
    fail = false;
    await expect(batcher.submit(2)).resolves.toBe(2);
  });

  it('rejects a handler that does not settle every item', async () => {
    const batcher = new MicroBatcher<number, number>(async () => [], { maxBatch: 5, maxInFlight: 1 });
    await expect(batcher.submit(1)).rejects.toThrow('settled 0 of 1');
  });
});
