/** PostgreSQL SQLSTATE of a failed query, if that is what `error` is. */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as { driverError?: { code?: string }; code?: string };
  return e.driverError?.code ?? (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined);
}

export const PG_UNIQUE_VIOLATION = '23505';
export const PG_FOREIGN_KEY_VIOLATION = '23503';
