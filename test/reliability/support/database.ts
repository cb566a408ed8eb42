import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { withDatabase } from '../../../src/database/database-url.js';

export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * An EMPTY database (no template): the processes under test migrate it themselves at boot,
 * several at once, which exercises the advisory-locked migration path of a scale-out start.
 */
export async function createEmptyDatabase(): Promise<FreshDatabase> {
  const name = `candor_rel_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: withDatabase(ADMIN_URL, name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A small pool for assertions; `one` returns the first row, `n` a count column as a number. */
export interface Sql {
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  n(text: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function openSql(url: string): Sql {
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  // A restarted server kills idle clients; without a listener the pool's 'error' event would crash jest.
  pool.on('error', () => undefined);
  return {
    rows: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    n: async (text: string, params: unknown[] = []) => Number(Object.values((await pool.query(text, params)).rows[0] ?? { n: 0 })[0] ?? 0),
    close: () => pool.end(),
  };
}

/** The env every child process of a test gets; QUEUE_PREFIX is fresh per run so runs never share queues. */
export function childEnv(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, LOG_LEVEL: 'log',
    API_KEY_PEPPER: `reliability-pepper-${randomBytes(16).toString('hex')}`,
    QUEUE_PREFIX: `rel${randomBytes(4).toString('hex')}`,
    // One load generator pushes everything with a few keys; the limiter has its own e2e spec.
    RATE_LIMIT_PER_SECOND: '0', OUTBOX_POLL_MS: '100', DB_POOL_SIZE: '10',
    ...extra,
  };
}
