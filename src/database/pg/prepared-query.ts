import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';

/**
 * Runs `text` as a named prepared statement on whichever pooled connection takes it. PostgreSQL parses and
 * plans an unnamed statement on every call, but a named one once per connection (and keeps a generic plan
 * once it proves as good). For the moderation desk's single-statement decisions and claims, planning cost
 * about as much as executing (pg_stat_statements: 0.86 ms plan, 1.55 ms run). The name is derived from the
 * text, so every distinct text — one per combination of queue filters — is prepared on its own.
 */
export async function queryPrepared<R extends QueryResultRow>(pool: Pool, text: string, values: unknown[]): Promise<R[]> {
  const name = `candor_${createHash('sha1').update(text).digest('base64url')}`;
  return (await pool.query<R>({ name, text, values })).rows;
}
