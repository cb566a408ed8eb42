/**
 * Number of distinct 3-unit sequences in `units` (0 for fewer than 3 units).
 * Units are interned to small integers and each trigram packed into one
 * number, so counting allocates no strings.
 */
export function countDistinctTrigrams(units: readonly string[]): number {
  if (units.length < 3) return 0;
  const idOf = new Map<string, number>();
  const ids = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    let id = idOf.get(units[i]);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(units[i], id);
    }
    ids[i] = id;
  }
  const base = idOf.size;
  // (a·base + b)·base + c must stay an exact integer; beyond that (never for review-sized text) use strings.
  if (base ** 3 > Number.MAX_SAFE_INTEGER) return distinctByStrings(units);
  const seen = new Set<number>();
  for (let i = 0; i + 3 <= ids.length; i++) seen.add((ids[i] * base + ids[i + 1]) * base + ids[i + 2]);
  return seen.size;
}

function distinctByStrings(units: readonly string[]): number {
  const seen = new Set<string>();
  for (let i = 0; i + 3 <= units.length; i++) seen.add(`${units[i]}\u0001${units[i + 1]}\u0001${units[i + 2]}`);
  return seen.size;
}
