import 'reflect-metadata';
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { withDatabase } from '../../src/database/database-url.js';
import { runMigrations } from '../../src/database/run-migrations.js';
import { typeormOptions } from '../../src/database/typeorm-options.js';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

const TEMPLATE_LOCK = 7_240_002;
/** Named after the migration list, so a new migration gets a fresh template automatically. */
const TEMPLATE_DB = `candor_tpl_${createHash('sha256').update(MIGRATIONS.map((m) => m.name).join(',')).digest('hex').slice(0, 10)}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.CANDOR_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrate one template per migration set, once, however many test files start at the same time. */
async function ensureTemplate(): Promise<void> {
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE_DB]);
      if (exists.rowCount) return;
      await client.query(`CREATE DATABASE ${TEMPLATE_DB}_building`);
      const dataSource = new DataSource(typeormOptions(withDatabase(process.env.CANDOR_TEST_ADMIN_URL as string, `${TEMPLATE_DB}_building`), 2));
      await dataSource.initialize();
      await runMigrations(dataSource);
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${TEMPLATE_DB}_building RENAME TO ${TEMPLATE_DB}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/** A fresh, migrated database for one test file (CREATE DATABASE … TEMPLATE). */
export async function createTestDatabase(): Promise<TestDatabase> {
  await ensureTemplate();
  const name = `candor_t_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  return {
    name,
    url: withDatabase(process.env.CANDOR_TEST_ADMIN_URL as string, name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
