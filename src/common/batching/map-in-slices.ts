import { performance } from 'node:perf_hooks';

/** Lets timers, I/O and other requests run: a setImmediate callback runs after the poll phase. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** CPU time one slice may take before it yields; other requests on the process wait at most about this. */
export const SLICE_BUDGET_MS = 5;

/**
 * `items.map(fn)`, awaited item by item, yielding to the event loop whenever a slice has used
 * `budgetMs`. For CPU-bound per-item work on request bodies (10,000 bulk items at ~2 ms of validation
 * each): all at once (`Promise.all`), the microtasks never let the event loop turn and every other
 * request on the process waits for the whole body, seconds; sliced, a request waits one slice per turn
 * of the event loop it needs.
 */
export async function mapInSlices<I, O>(items: readonly I[], fn: (item: I, index: number) => O | Promise<O>, budgetMs = SLICE_BUDGET_MS): Promise<O[]> {
  const out: O[] = new Array<O>(items.length);
  let sliceStart = performance.now();
  for (let index = 0; index < items.length; index += 1) {
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    out[index] = await fn(items[index], index);
  }
  return out;
}
