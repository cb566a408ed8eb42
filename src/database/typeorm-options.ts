import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import { ENTITIES } from './entities.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export function typeormOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    // Expected failures (unique violations → 409) are handled; the exception filter logs the unexpected ones.
    logging: false,
    // JIT off for every connection: Candor's statements are many short index probes, and a batched one (the scoring
    // context of 64 reviews) is estimated above jit_above_cost, so PostgreSQL compiled it (~120 ms) to run it in ~17 ms.
    // Per connection rather than `SET LOCAL` per statement, so hot-path reads need no transaction round trips.
    extra: { max: poolSize, application_name: 'candor', options: '-c jit=off' },
  };
}
