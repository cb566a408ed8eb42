import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { validateEnv } from '../src/config/env.dto.js';
import { WorkerModule } from '../src/worker.module.js';
import { startBenchApi, type BenchApi } from './bench-api.js';
import { MemoryWindow } from './memory-window.js';
import type { ServerReady, SoakServerRole, ToServer } from './soak-protocol.js';

/**
 * One soak server process (forked by soak.ts): the HTTP API on a fresh database, or the worker on
 * that database. The load client lives in the parent, so each process's memory is its own.
 */
const role = process.env.SOAK_ROLE as SoakServerRole;
/** Pepper and queue prefix shared by the API and the worker (fresh per soak run). */
const shared = JSON.parse(process.env.SOAK_SHARED_ENV ?? '{}') as Record<string, string>;
const send = (message: unknown): void => {
  if (process.connected) process.send?.(message);
};

async function startApi(): Promise<{ ready: ServerReady; close(): Promise<void> }> {
  const api: BenchApi = await startBenchApi(shared);
  const adminKey = (await api.keys.create({ role: 'admin', label: 'soak admin' })).key;
  return { ready: { type: 'ready', baseUrl: api.baseUrl, databaseUrl: api.databaseUrl, adminKey }, close: () => api.close() };
}

async function startWorker(): Promise<{ ready: ServerReady; close(): Promise<void> }> {
  const env = validateEnv({
    NODE_ENV: 'production', DATABASE_URL: process.env.SOAK_DATABASE_URL, LOG_LEVEL: 'error', PROCESS_ROLE: 'worker', RATE_LIMIT_PER_SECOND: '0', ...shared,
  });
  const worker: INestApplicationContext = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: ['error'] });
  await worker.init();
  return { ready: { type: 'ready' }, close: () => worker.close() };
}

async function main(): Promise<void> {
  const memory = new MemoryWindow();
  const server = role === 'api' ? await startApi() : await startWorker();
  const closeAndExit = (code: number): void => {
    memory.stop();
    void server.close().finally(() => process.exit(code));
  };
  // The parent going away (crash, Ctrl-C, start timeout) must not leave a server and its database behind.
  if (!process.connected) return closeAndExit(1);
  process.on('disconnect', () => closeAndExit(1));
  process.on('message', (message: ToServer) => {
    if (message.type === 'sample') send(memory.take());
    if (message.type === 'stop') closeAndExit(0);
  });
  send(server.ready);
}

main().catch((error: unknown) => {
  process.stderr.write(`[soak-server:${role}] ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
