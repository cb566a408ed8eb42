import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * TypeORM's node-postgres pool, for statements that run as named prepared statements (queryPrepared). This folder
 * holds plain node-postgres helpers and imports no feature code. `master` is PostgresDriver's declared public pool
 * field (typed `any` by TypeORM); sharing it keeps one pool per process instead of a second set of connections.
 */
export function pgPoolOf(db: DataSource): Pool {
  const pool = (db.driver as { master?: Pool }).master;
  if (db.options.type !== 'postgres' || !pool) throw new Error('pgPoolOf needs an initialised PostgreSQL DataSource');
  return pool;
}
