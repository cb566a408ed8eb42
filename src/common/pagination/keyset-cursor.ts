/**
 * Opaque keyset cursors: base64url JSON of the sort name and the last row's key.
 * Keyset (not offset) so a page boundary stays stable while rows are added.
 */
export type CursorKey = (string | number)[];

export function encodeCursor(sort: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key }), 'utf8').toString('base64url');
}

/** The key, or undefined when the cursor is malformed or belongs to another sort order / key shape. */
export function decodeCursor(cursor: string, sort: string, shape: ('string' | 'number')[]): CursorKey | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const value = parsed as { s?: unknown; k?: unknown };
  if (typeof value !== 'object' || value === null || value.s !== sort || !Array.isArray(value.k)) return undefined;
  const key = value.k as unknown[];
  if (key.length !== shape.length) return undefined;
  const ok = key.every((v, i) => (shape[i] === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string' && v.length <= 200));
  return ok ? (key as CursorKey) : undefined;
}

export interface KeysetColumn {
  /** SQL expression (trusted: from code, never from input). */
  expr: string;
  dir: 'asc' | 'desc';
  /** Cast for the parameter, e.g. 'timestamptz', 'int', 'uuid'. */
  cast: string;
}

/**
 * `(a, b, c) after (?, ?, ?)` for mixed directions, as the lexicographic OR chain
 * (a row-value comparison only works when every column sorts the same way).
 */
export function keysetPredicate(columns: KeysetColumn[], firstParam: number): string {
  const param = (i: number): string => `$${firstParam + i}::${columns[i].cast}`;
  const terms = columns.map((col, i) => {
    const equal = columns.slice(0, i).map((c, j) => `${c.expr} = ${param(j)}`);
    const beyond = `${col.expr} ${col.dir === 'asc' ? '>' : '<'} ${param(i)}`;
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  return `(${terms.join(' OR ')})`;
}

export function keysetOrder(columns: KeysetColumn[]): string {
  return columns.map((c) => `${c.expr} ${c.dir.toUpperCase()}`).join(', ');
}

/** Timestamps travel in cursors as exact UTC text (microseconds), never as floats. */
export const sqlTimestampKey = (expr: string): string => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
