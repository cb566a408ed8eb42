import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AppModule } from '../src/app.module.js';
import { ApiKeysService } from '../src/common/auth/api-keys.service.js';
import { validateEnv } from '../src/config/env.dto.js';
import { withDatabase } from '../src/database/database-url.js';
import { configureApp, createFastifyAdapter, publishOpenApi } from '../src/configure-app.js';
import { prepareDatabase } from '../src/database/prepare-database.js';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchApi {
  app: NestFastifyApplication;
  baseUrl: string;
  keys: ApiKeysService;
  databaseUrl: string;
  close(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh `candor_bench_<random>` database; migrated when `migrate` is set. */
export async function createBenchDatabase(migrate: boolean): Promise<BenchDatabase> {
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const name = `candor_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const database = { url: withDatabase(adminUrl, name), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  if (migrate) {
    try {
      await prepareDatabase(validateEnv({ NODE_ENV: 'production', DATABASE_URL: database.url, API_KEY_PEPPER: randomBytes(24).toString('hex') }), () => undefined);
    } catch (error) {
      await database.drop();
      throw error;
    }
  }
  return database;
}

/**
 * The real HTTP API (same modules, body parsers and hooks as main.ts) on a fresh,
 * migrated `candor_bench_<random>` database, listening on a free port.
 */
export async function startBenchApi(extraEnv: Record<string, string> = {}): Promise<BenchApi> {
  const database = await createBenchDatabase(false);
  const drop = database.drop;
  try {
    const env = validateEnv({
      NODE_ENV: 'production', DATABASE_URL: database.url, LOG_LEVEL: 'error', PROCESS_ROLE: 'api',
      API_KEY_PEPPER: randomBytes(24).toString('hex'), QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
      // Load generators use one key; the per-key limit would measure the limiter, not the API.
      RATE_LIMIT_PER_SECOND: '0', ...extraEnv,
    });
    await prepareDatabase(env, () => undefined);
    const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env), createFastifyAdapter(env.BODY_LIMIT_BYTES), {
      bodyParser: false, logger: ['error'],
    });
    await configureApp(app);
    await app.init();
    publishOpenApi(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('API did not report a TCP address');
    return {
      app, baseUrl: `http://127.0.0.1:${address.port}`, keys: app.get(ApiKeysService), databaseUrl: database.url,
      close: async () => {
        await app.close();
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}
