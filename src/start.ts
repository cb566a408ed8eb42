import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiExecArgv } from './api-node-flags.js';
import { bootEnv } from './boot-env.js';

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string): void => void process.stdout.write(`${JSON.stringify({ level: 'log', context: 'Launcher', message: line })}\n`);

/**
 * Single-machine launcher (`npm start`): resolves the database once (starting the
 * embedded PostgreSQL when DATABASE_URL is unset), then runs the API and the worker
 * as two processes built from the same modules, and stops them together.
 */
async function launch(): Promise<void> {
  const { env, database } = await bootEnv(log);
  const childEnv = { ...process.env, DATABASE_URL: env.DATABASE_URL };
  const children: ChildProcess[] = [
    fork(join(here, 'main.js'), { env: childEnv, stdio: 'inherit', execArgv: apiExecArgv() }),
    fork(join(here, 'worker.js'), { env: childEnv, stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log('stopping API and worker');
    await Promise.all(children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    })));
    await database.embedded?.stop();
    process.exit(code);
  };
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
}

void launch();
