import { DataSource } from 'typeorm';

/** Arbitrary, fixed key: every Candor process that boots takes the same lock. */
const MIGRATION_LOCK_KEY = 7_240_001;

/** Runs pending migrations under a session advisory lock so concurrent boots don't race. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
