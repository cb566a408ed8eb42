import { DataSource } from 'typeorm';
import type { EnvDto } from '../config/env.dto.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { runMigrations } from './run-migrations.js';
import { typeormOptions } from './typeorm-options.js';

export interface PreparedDatabase {
  url: string;
  embedded?: EmbeddedDatabase;
  applied: string[];
}

/** DATABASE_URL or an embedded PostgreSQL, migrated; run before any Nest module boots. */
export async function prepareDatabase(env: EnvDto, log: (line: string) => void): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(env.EMBEDDED_PG_DIR, log);
    url = embedded.url;
  }
  const dataSource = new DataSource(typeormOptions(url, 2));
  await dataSource.initialize();
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) log(`applied migrations: ${applied.join(', ')}`);
    return { url, embedded, applied };
  } finally {
    await dataSource.destroy();
  }
}
