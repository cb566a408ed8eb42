import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { AppModule } from '../../src/app.module.js';
import { ApiKeysService } from '../../src/common/auth/api-keys.service.js';
import type { Role } from '../../src/common/auth/role.js';
import { validateEnv } from '../../src/config/env.dto.js';
import { configureApp, createFastifyAdapter, publishOpenApi } from '../../src/configure-app.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-db.js';
import { OpenApiResponseValidator } from './openapi-validator.js';

export type QueueBackend = 'postgres' | 'redis';

export interface TestApp {
  app: NestFastifyApplication;
  db: TestDatabase;
  env: Record<string, string>;
  server: ReturnType<NestFastifyApplication['getHttpServer']>;
  key(role: Role, scope?: { merchantId?: string; channelId?: string }): Promise<string>;
  close(): Promise<void>;
}

export function testEnv(dbUrl: string, backend: QueueBackend = 'postgres', extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    NODE_ENV: 'test', DATABASE_URL: dbUrl, LOG_LEVEL: 'error', QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`, OUTBOX_POLL_MS: '50',
    // Suites fire hundreds of requests with one key; the limiter has its own spec (rate-limit.e2e-spec.ts).
    RATE_LIMIT_PER_SECOND: '0',
    // Route matrices send hundreds of keyless requests from one address; the failed-auth limit has its own spec.
    FAILED_AUTH_PER_MINUTE: '0',
    // Warm-up runs in the background at start; tests that need it call StorefrontCacheWarmer.warm().
    RATINGS_CACHE_WARM_PRODUCTS: '0',
    // Storefront changes reach the cache within this; tests that read right after a write poll (waitFor).
    RATINGS_CHANGE_POLL_MS: '10',
    // Two jest workers each run an app and a worker per file: keep within PostgreSQL's default 100 connections.
    DB_POOL_SIZE: '4', QUEUE_PG_POOL_SIZE: '3',
    // Test receivers listen on 127.0.0.1; every other private range stays refused (webhooks.e2e-spec.ts turns this off).
    WEBHOOK_ALLOW_LOOPBACK: 'true',
    ...extra,
  };
  if (backend === 'redis') env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  return env;
}

/** The real HTTP app (same configureApp as main.ts) on a fresh database. */
export interface TestAppOptions {
  backend?: QueueBackend;
  env?: Record<string, string>;
  database?: TestDatabase;
  /** Default true: check every response against openapi.json (see openapi-validator.ts). */
  validateResponses?: boolean;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  // A passed-in database is shared (e.g. a second app after a rules change) and left for its owner to drop.
  const db = options.database ?? (await createTestDatabase());
  const env = testEnv(db.url, options.backend, options.env);
  const validated = validateEnv(env);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(validated)] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(validated.BODY_LIMIT_BYTES), { bodyParser: false });
  await configureApp(app);
  // Every response this app sends is checked against the committed openapi.json; close() fails the file on a mismatch.
  const contract = options.validateResponses === false ? undefined : new OpenApiResponseValidator();
  contract?.register(app.getHttpAdapter().getInstance());
  await app.init();
  publishOpenApi(app);
  await app.getHttpAdapter().getInstance().ready();
  const keys = app.get(ApiKeysService);
  return {
    app, db, env, server: app.getHttpServer(),
    key: async (role, scope = {}) => (await keys.create({ role, label: `test ${role}`, merchantId: scope.merchantId, channelId: scope.channelId })).key,
    close: async () => {
      await app.close();
      if (!options.database) await db.drop();
      const report = contract?.report();
      if (report) throw new Error(report);
    },
  };
}
