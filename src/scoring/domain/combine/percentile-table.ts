/**
 * Compact empirical CDF of one feature: a fixed number of quantiles plus the
 * number of observations they summarise. Stored per signal id (e.g. in a
 * `feature_percentiles` table) and refreshed in batches with
 * `updatePercentileTable`, so scoring never scans history.
 */
export interface PercentileTable {
  /** Sorted values at probabilities 0, 1/(n-1), …, 1 (n = quantiles.length). */
  quantiles: number[];
  /** Observations summarised so far. */
  count: number;
}

export const DEFAULT_QUANTILES = 201;

export function emptyPercentileTable(): PercentileTable {
  return { quantiles: [], count: 0 };
}

/**
 * Merges new observations into the table. Existing quantiles stand in for
 * `count / quantiles.length` observations each, so old and new data keep
 * their relative weight; `size` bounds storage.
 */
export function updatePercentileTable(
  table: PercentileTable,
  values: readonly number[],
  size: number = DEFAULT_QUANTILES,
): PercentileTable {
  const fresh = values.filter((v) => Number.isFinite(v));
  if (fresh.length === 0) return table;
  const oldWeight = table.quantiles.length > 0 ? table.count / table.quantiles.length : 0;
  const points = [
    ...table.quantiles.map((value) => ({ value, weight: oldWeight })),
    ...fresh.map((value) => ({ value, weight: 1 })),
  ].sort((a, b) => a.value - b.value);
  const total = table.count + fresh.length;
  return { quantiles: weightedQuantiles(points, total, size), count: total };
}

function weightedQuantiles(points: { value: number; weight: number }[], total: number, size: number): number[] {
  const quantiles: number[] = [];
  let cumulative = 0;
  let index = 0;
  for (let q = 0; q < size; q++) {
    // Target rank for this quantile, with the first/last quantile pinned to min/max.
    const target = size === 1 ? 0 : (q / (size - 1)) * total;
    while (index < points.length - 1 && cumulative + points[index].weight < target) {
      cumulative += points[index].weight;
      index++;
    }
    quantiles.push(points[index].value);
  }
  return quantiles;
}

/**
 * Mid-rank empirical CDF in 0..1: ties get the middle of their range, so a
 * feature where 90% of items are 0 maps 0 to 0.45, not 0 or 0.9.
 * Returns null for an empty table.
 */
export function percentileOf(table: PercentileTable, value: number): number | null {
  const q = table.quantiles;
  if (q.length === 0) return null;
  if (q.length === 1) return value < q[0] ? 0 : value > q[0] ? 1 : 0.5;
  const below = lowerBound(q, value);
  const upTo = upperBound(q, value);
  const last = q.length - 1;
  if (upTo > below) return (below + upTo - 1) / 2 / last;
  if (below === 0) return 0;
  if (below > last) return 1;
  // Strictly between two quantiles: interpolate linearly.
  const left = q[below - 1];
  const right = q[below];
  return (below - 1 + (value - left) / (right - left)) / last;
}

/** Index of the first entry ≥ `value` in an ascending list. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry > `value` in an ascending list. */
export function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
