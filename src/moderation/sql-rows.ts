/**
 * TypeORM's postgres driver answers `manager.query` for UPDATE/DELETE with `[rows, rowCount]` but with
 * plain `rows` for everything else; RETURNING clauses need the rows either way.
 */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
