/**
 * Exact percentile with linear interpolation between the closest ranks, as PostgreSQL's percentile_cont:
 * position q × (n − 1) in the sorted values. The median of an even count is the mean of the two middle values.
 */
export function exactPercentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
