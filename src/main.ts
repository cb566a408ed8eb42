import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { superviseApiProcesses } from './api-cluster.js';
import { AppModule } from './app.module.js';
import { bootEnv } from './boot-env.js';
import { createLogger } from './common/logging/create-logger.js';
import { logProcessWarnings } from './common/logging/process-warnings.js';
import { configureApp, createFastifyAdapter, publishOpenApi } from './configure-app.js';

async function bootstrap(): Promise<void> {
  logProcessWarnings();
  const { env, database } = await bootEnv((line) => Logger.log(line, 'Boot'));
  if (cluster.isPrimary && env.API_PROCESSES > 1) {
    // The primary resolved the database (an embedded one is started here, once); the HTTP processes inherit its URL.
    superviseApiProcesses(env.API_PROCESSES, { ...process.env, DATABASE_URL: env.DATABASE_URL }, (line) => Logger.log(line, 'Boot'), async () => {
      await database.embedded?.stop();
    });
    return;
  }
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env), createFastifyAdapter(env.BODY_LIMIT_BYTES), {
    logger: createLogger(env.LOG_LEVEL, 'Candor'),
    // Our own strict UTF-8 JSON/NDJSON parsers replace Nest's (configureApp).
    bodyParser: false,
  });
  await configureApp(app);
  if (database.embedded) {
    const embedded = database.embedded;
    process.once('beforeExit', () => void embedded.stop());
  }
  await app.init();
  publishOpenApi(app);
  await app.listen({ port: env.PORT, host: env.HOST });
  Logger.log(`API listening on http://${env.HOST}:${env.PORT} (docs at /docs)`, 'Boot');
}

// A boot that fails (the database unreachable at start) ends the process with one JSON line and code 1:
// its supervisor (npm start, systemd, Kubernetes) starts it again with backoff.
bootstrap().catch((error: unknown) => {
  Logger.error(`API boot failed: ${(error as Error)?.message ?? String(error)}`, (error as Error)?.stack, 'Boot');
  process.exit(1);
});
