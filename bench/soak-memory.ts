import type { BenchResult } from './bench-result.js';
import type { MemorySample } from './soak-protocol.js';

/** One memory reading of one process, with the load client's in-flight request count at that moment. */
export interface TimedSample {
  atMs: number;
  inFlight: number;
  memory: MemorySample;
}

/**
 * Growth after warm-up that flags a leak (MB per minute, least-squares). 10 minutes at the RSS bound
 * is +20 MB, i.e. well under what one GC cycle's heap growth moves RSS by; a real leak of the size that
 * prompted this (+32 MB/min) is 16× over it. SOAK_MAX_RSS_SLOPE / SOAK_MAX_HEAP_SLOPE override.
 */
export const BOUNDS = {
  rssMbPerMin: Number(process.env.SOAK_MAX_RSS_SLOPE ?? 2),
  heapMbPerMin: Number(process.env.SOAK_MAX_HEAP_SLOPE ?? 1),
};

/** Least-squares slope in MB per minute. */
export function slopeMbPerMinute(samples: { atMs: number; value: number }[]): number {
  if (samples.length < 2) return 0;
  const xs = samples.map((s) => s.atMs / 60_000);
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(samples.map((s) => s.value));
  const num = samples.reduce((acc, s, i) => acc + (xs[i] - mx) * (s.value - my), 0);
  const den = xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const f0 = (n: number): string => n.toFixed(0);

/**
 * One row per process: RSS and live heap at the first sample, at the end of warm-up and at the end,
 * slopes after warm-up against BOUNDS (`failed` set when over, for the server processes), and the series.
 */
export function memoryRow(label: string, samples: TimedSample[], warmupMs: number, enforce: boolean): BenchResult {
  if (samples.length === 0) return { name: `soak: memory, ${label}`, notes: 'no samples', failed: enforce ? 'no memory samples' : undefined };
  const steady = samples.filter((s) => s.atMs >= warmupMs);
  const slope = (pick: (m: MemorySample) => number): number => slopeMbPerMinute(steady.map((s) => ({ atMs: s.atMs, value: pick(s.memory) })));
  const rssSlope = slope((m) => m.rssMb);
  const heapSlope = slope((m) => m.heapLiveMb);
  const externalSlope = slope((m) => m.externalMb);
  const heapTotalSlope = slope((m) => m.heapTotalMb);
  const anonSlope = slope((m) => m.rssAnonMb ?? 0);
  const [first, warm, last] = [samples[0], steady[0] ?? samples[0], samples[samples.length - 1]];
  const at = (s: TimedSample): string => `${f0(s.atMs / 1_000)} s`;
  const over = [
    rssSlope > BOUNDS.rssMbPerMin ? `RSS slope ${rssSlope.toFixed(2)} > ${BOUNDS.rssMbPerMin} MB/min` : '',
    heapSlope > BOUNDS.heapMbPerMin ? `live-heap slope ${heapSlope.toFixed(2)} > ${BOUNDS.heapMbPerMin} MB/min` : '',
  ].filter(Boolean).join('; ');
  const verdict = over ? `OVER BOUND (${over})` : `within bounds (RSS ≤ ${BOUNDS.rssMbPerMin}, heap ≤ ${BOUNDS.heapMbPerMin} MB/min)`;
  const series = samples.map((s) => `${f0(s.atMs / 1_000)}s:${[s.memory.rssMb, s.memory.rssAnonMb ?? 0, s.memory.heapTotalMb, s.memory.heapLiveMb].map(f0).join('/')}`).join(' ');
  return {
    name: `soak: memory, ${label}`, peakRssMb: Math.round(Math.max(...samples.map((s) => s.memory.rssMb))),
    failed: enforce && over ? `${label}: ${over}` : undefined,
    notes: `RSS ${f0(first.memory.rssMb)} MB (${at(first)}) → ${f0(warm.memory.rssMb)} (${at(warm)}, end of warm-up) → ${f0(last.memory.rssMb)} (${at(last)}); `
      + `live heap ${f0(first.memory.heapLiveMb)} → ${f0(warm.memory.heapLiveMb)} → ${f0(last.memory.heapLiveMb)} MB; `
      + `external ${f0(last.memory.externalMb)} MB (arrayBuffers ${f0(last.memory.arrayBuffersMb)}) at end. `
      + `Slopes after warm-up over ${steady.length} samples (MB/min): RSS ${rssSlope.toFixed(2)} (anonymous ${anonSlope.toFixed(2)}), heap total ${heapTotalSlope.toFixed(2)}, `
      + `live heap ${heapSlope.toFixed(2)}, external ${externalSlope.toFixed(2)}: ${verdict}. `
      + `Requests in flight at samples: max ${Math.max(...samples.map((s) => s.inFlight))}. MB by time (RSS/anonymous RSS/heap total/live heap): ${series}`,
  };
}
