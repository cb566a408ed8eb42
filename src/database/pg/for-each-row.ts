/**
 * Rewrites a statement written for one set of parameters ($1 … $n) so that one round trip runs it
 * for many: parameter k becomes an array of the k-th values (typed `types[k-1]`), and the statement
 * runs once per row of their unnest() as a LATERAL subquery. Every result row carries `ord`, the
 * 1-based position of the parameter set it belongs to. Planned once per call instead of once per item.
 */
export function forEachRow(sql: string, types: readonly string[]): string {
  const used = Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  if (used !== types.length) throw new Error(`statement uses ${used} parameters but ${types.length} types were given`);
  const columns = types.map((_, i) => `p${i + 1}`);
  const body = sql.replace(/\$(\d+)/g, (_, n: string) => `p.p${n}`);
  return `SELECT p.ord, x.*
  FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS p(${columns.join(', ')}, ord)
  CROSS JOIN LATERAL (${body}) x`;
}
