import { setDefaultBackendFactory } from 'bullmq';
import type { AppConfigService } from '../config/app-config.service.js';
import { createGuardedPostgresBackend } from './guarded-postgres-backend.js';

export const BULLMQ_PG_SCHEMA = 'bullmq';

/**
 * Picks BullMQ's backend once per process, before any Queue or Worker exists:
 * Redis when REDIS_URL is set, else the PostgreSQL backend in schema `bullmq`.
 */
export function selectQueueBackend(config: AppConfigService): { connection: unknown; backend: 'redis' | 'postgres' } {
  const { backend, redisUrl } = config.queue;
  if (backend === 'redis') {
    setDefaultBackendFactory();
    const url = new URL(redisUrl as string);
    return {
      backend,
      connection: {
        host: url.hostname, port: Number(url.port || 6379), db: Number(url.pathname.slice(1) || 0),
        password: url.password || undefined, maxRetriesPerRequest: null,
      },
    };
  }
  setDefaultBackendFactory(createGuardedPostgresBackend);
  return { backend, connection: { connectionString: config.database.url, schema: BULLMQ_PG_SCHEMA, migrate: true, max: config.queue.pgPoolSize } };
}
