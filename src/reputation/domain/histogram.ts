/**
 * Bucketed latency sketches. Rollup rows store counts per bucket so that any
 * period's median / p90 is a sum of small arrays, never a scan of raw rows.
 * Bucket k holds latencies in (BOUNDS[k-1], BOUNDS[k]] seconds; the last bucket
 * is everything above the last bound. The same bounds are inlined in the rollup SQL.
 */
export const LATENCY_BOUNDS_SECONDS: readonly number[] = [
  60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400, 172_800, 259_200, 432_000, 604_800, 1_209_600, 2_592_000,
];
export const LATENCY_BUCKETS = LATENCY_BOUNDS_SECONDS.length + 1;

export function emptyHistogram(size = LATENCY_BUCKETS): number[] {
  return new Array<number>(size).fill(0);
}

/** Bucket of one latency (the same rule as `width_bucket(x - 1e-6, bounds)` in SQL). */
export function latencyBucket(seconds: number): number {
  let k = 0;
  while (k < LATENCY_BOUNDS_SECONDS.length && seconds > LATENCY_BOUNDS_SECONDS[k] + 1e-6) k++;
  return k;
}

/** Adds `source` into `target` element-wise (null = nothing to add). */
export function addInto(target: number[], source: readonly number[] | null | undefined): number[] {
  if (!source) return target;
  for (let i = 0; i < source.length; i++) target[i] = (target[i] ?? 0) + Number(source[i] ?? 0);
  return target;
}

export function histogramFromValues(seconds: readonly number[]): number[] {
  const h = emptyHistogram();
  for (const s of seconds) h[latencyBucket(s)] += 1;
  return h;
}

/**
 * Nearest-rank percentile, reported as the upper bound of the bucket holding the
 * rank (so "p90 = 7200" reads "90% answered within 2 h"). Above the last bound it
 * answers `null` with `overflow`, because the bucket has no upper bound.
 */
export function percentileFromHistogram(hist: readonly number[], q: number): { seconds: number | null; overflow: boolean } | null {
  const n = hist.reduce((s, v) => s + v, 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let cumulative = 0;
  for (let k = 0; k < hist.length; k++) {
    cumulative += hist[k];
    if (cumulative >= rank) {
      return k < LATENCY_BOUNDS_SECONDS.length ? { seconds: LATENCY_BOUNDS_SECONDS[k], overflow: false } : { seconds: null, overflow: true };
    }
  }
  return { seconds: null, overflow: true };
}
