import cluster, { type Worker } from 'node:cluster';
import { apiExecArgv } from './api-node-flags.js';
import { RestartBackoff } from './restart-backoff.js';

/**
 * The primary of an API_PROCESSES > 1 deployment. It serves nothing itself: it forks the HTTP
 * processes (node:cluster shares one listening socket among them and hands out connections),
 * replaces one that dies, and on SIGTERM/SIGINT stops them all gracefully before `onStopped`.
 */
export function superviseApiProcesses(count: number, env: NodeJS.ProcessEnv, log: (line: string) => void, onStopped: () => Promise<void>): void {
  let stopping = false;
  const startedAt = new Map<Worker, number>();
  const backoff = new RestartBackoff();
  const fork = (): void => {
    if (!stopping) startedAt.set(cluster.fork(env), Date.now());
  };

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping) {
      if (startedAt.size === 0) void onStopped().then(() => process.exit(0));
      return;
    }
    const delay = backoff.next(lived);
    log(`API process ${worker.process.pid} exited (${signal ?? code}); starting a replacement in ${delay} ms`);
    setTimeout(fork, delay);
  });

  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    log(`stopping ${startedAt.size} API processes`);
    if (startedAt.size === 0) void onStopped().then(() => process.exit(0));
    for (const worker of startedAt.keys()) worker.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  cluster.setupPrimary({ execArgv: apiExecArgv() });
  for (let i = 0; i < count; i += 1) fork();
  log(`API primary ${process.pid}: ${count} HTTP processes share the port`);
}
