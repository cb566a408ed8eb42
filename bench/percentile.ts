/** Nearest-rank percentile `p` (0–100) of ascending `sorted`; 0 for an empty list. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/**
 * Median of `xs`; with an even count, the mean of the two middle values. Taking the upper middle instead would make
 * a two-round ratio its better round, a kinder rule than the one the targets are stated in.
 */
export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
