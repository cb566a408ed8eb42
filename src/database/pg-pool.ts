import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** TypeORM's connection pool (node-postgres), for statements that run as named prepared statements. */
export const pgPoolOf = (db: DataSource): Pool => (db.driver as unknown as { master: Pool }).master;
