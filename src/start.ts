import 'reflect-metadata';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiExecArgv } from './api-node-flags.js';
import { bootEnv } from './boot-env.js';
import { ChildSupervisor } from './child-supervisor.js';

const here = dirname(fileURLToPath(import.meta.url));
const log = (line: string): void => void process.stdout.write(`${JSON.stringify({ level: 'log', context: 'Launcher', message: line })}\n`);

/**
 * Single-machine launcher (`npm start`): resolves the database once (starting the embedded PostgreSQL
 * when DATABASE_URL is unset), then runs the API and the worker as two supervised processes built from
 * the same modules: a crashed one is restarted with backoff; only SIGINT/SIGTERM stops them (the signal
 * is forwarded, and the launcher exits once both have finished their graceful shutdown).
 */
async function launch(): Promise<void> {
  const { env, database } = await bootEnv(log);
  const childEnv = { ...process.env, DATABASE_URL: env.DATABASE_URL };
  const supervisor = new ChildSupervisor([
    { name: 'API', start: () => fork(join(here, 'main.js'), { env: childEnv, stdio: 'inherit', execArgv: apiExecArgv(), detached: true }) },
    { name: 'worker', start: () => fork(join(here, 'worker.js'), { env: childEnv, stdio: 'inherit', detached: true }) },
  ], log);
  // detached: children get their own process group, so a terminal's Ctrl-C reaches only the launcher, which
  // forwards it once; a second SIGINT would cut short the graceful shutdown Nest started on the first.
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping API and worker`);
    await supervisor.stop(signal);
    await database.embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  supervisor.start();
}

void launch();
