import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { bootEnv } from './boot-env.js';
import { createLogger } from './common/logging/create-logger.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const { env } = await bootEnv((line) => Logger.log(line, 'Boot'));
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: createLogger(env.LOG_LEVEL, 'Worker') });
  // SIGTERM → Nest closes the BullMQ worker, which waits for in-flight jobs before exiting.
  app.enableShutdownHooks();
  await app.init();
  Logger.log('worker started (outbox relay + score queue)', 'Boot');
}

void bootstrap();
