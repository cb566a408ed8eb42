import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { validateEnv } from '../../src/config/env.dto.js';
import { WorkerModule } from '../../src/worker.module.js';

/** The real worker (outbox relay + processors) in this process, on the test app's database and queue. */
export async function startTestWorker(env: Record<string, string>): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(validateEnv(env))] }).compile();
  await moduleRef.init();
  return moduleRef;
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
