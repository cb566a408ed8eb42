import { Logger } from '@nestjs/common';
import { createPostgresBackend, type BackendFactory, type PostgresQueueBackend } from 'bullmq';
import type { Pool, PoolClient } from 'pg';
import { ThrottledLog } from '../common/logging/repeat-throttle.js';

const logger = new Logger('QueueBackend');
const pgErrors = new ThrottledLog((line) => logger.warn(line));
const logPgError = (error: Error): void => pgErrors.log(`PostgreSQL queue connection: ${error.message}`);

/**
 * pg-pool removes its own 'error' listener from a client while it is checked out, so a server that goes
 * away (57P01, connection terminated) between two queries on a checked-out client emits 'error' with no
 * listener, which Node turns into an uncaught exception. BullMQ's PostgreSQL backend checks one out for its
 * bootstrap (migrations under an advisory lock); a PostgreSQL restart at worker start killed the worker.
 * Every client the pool ever creates gets a listener for its whole life; the query that was running still
 * rejects, and pg-pool discards the broken client when it is released.
 */
export function guardPool(pool: Pool, onError: (error: Error) => void = logPgError): void {
  pool.on('error', onError);
  pool.on('connect', (client: PoolClient) => void client.on('error', onError));
}

/**
 * BullMQ memoizes its connection's readiness (bootstrap) promise, including a rejection: one failed
 * bootstrap (database down at start) would fail every later query of that queue or worker for the life of
 * the process. A failed readiness is forgotten so the next call bootstraps again.
 */
function retryReadiness(target: { waitUntilReady(): Promise<void> }): void {
  const waitUntilReady = target.waitUntilReady.bind(target);
  target.waitUntilReady = () => waitUntilReady().catch((error: unknown) => {
    Reflect.set(target, 'readyPromise', undefined);
    throw error;
  });
}

const DEADLOCK = '40P01';
const DEADLOCK_RETRIES = 3;

/**
 * Every PostgreSQL backend operation is one autocommit statement (a call of one of BullMQ's SQL functions),
 * which PostgreSQL rolls back whole when it picks it as a deadlock victim, so running it again is safe.
 * The deadlocks come from the fused finish+fetch functions: each finishing worker trims the retained
 * completed jobs (apply_retention: DELETE … WHERE id NOT IN (newest removeOnComplete)) and promotes due
 * delayed jobs (UPDATE … WHERE state = 'delayed'), multi-row statements over the same rows, locked in
 * different orders by concurrent workers during a backlog (README, "deadlock detected").
 */
export function retryDeadlocks(target: { query(text: string, params?: unknown[]): Promise<unknown> }, pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt))): void {
  const query = target.query.bind(target);
  target.query = async (text, params) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await query(text, params);
      } catch (error) {
        if ((error as { code?: string }).code !== DEADLOCK || attempt > DEADLOCK_RETRIES) throw error;
        await pause(attempt);
      }
    }
  };
}

/** `createPostgresBackend` with every pooled client guarded, readiness retried after a failure, deadlock victims run again. */
export const createGuardedPostgresBackend: BackendFactory = (name, opts, factoryOpts) => {
  const backend = createPostgresBackend(name, opts as Parameters<typeof createPostgresBackend>[1], factoryOpts) as PostgresQueueBackend;
  guardPool(backend.connection.pool as unknown as Pool);
  retryReadiness(backend.connection);
  retryReadiness(backend);
  retryDeadlocks(backend as unknown as Parameters<typeof retryDeadlocks>[0]);
  return backend;
};
