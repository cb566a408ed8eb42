import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootEnv } from './boot-env.js';
import { createLogger } from './common/logging/create-logger.js';
import { logProcessWarnings } from './common/logging/process-warnings.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  logProcessWarnings();
  const { env } = await bootEnv((line) => Logger.log(line, 'Boot'));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: createLogger(env.LOG_LEVEL, 'Worker') });
  // SIGTERM → Nest closes the BullMQ worker, which waits for in-flight jobs before exiting.
  app.enableShutdownHooks();
  await app.init();
  Logger.log('worker started (outbox relay + score queue)', 'Boot');
}

// A boot that fails (the database unreachable at start) ends the process with one JSON line and code 1:
// its supervisor (npm start, systemd, Kubernetes) starts it again with backoff.
bootstrap().catch((error: unknown) => {
  Logger.error(`worker boot failed: ${(error as Error)?.message ?? String(error)}`, (error as Error)?.stack, 'Boot');
  process.exit(1);
});
