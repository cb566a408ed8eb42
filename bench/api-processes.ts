import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createBenchDatabase } from './bench-api.js';
import { apiExecArgv } from '../src/api-node-flags.js';
import { generateApiKey, hashSecret } from '../src/common/auth/api-key-format.js';
import type { Role } from '../src/common/auth/role.js';
import { freePort } from '../src/common/net/free-port.js';

const MAIN = fileURLToPath(new URL('../src/main.js', import.meta.url));
const READY_TIMEOUT_MS = 180_000;

export interface ApiProcesses {
  baseUrl: string;
  databaseUrl: string;
  /** "2 API processes", for result names. */
  label: string;
  /** An API key of `role` (scoped to a merchant or channel where the role needs one), valid for these processes (same pepper). */
  createKey(role: Role, scope?: { merchantId?: string; channelId?: string }): Promise<string>;
  /** The ready lines the processes logged (one per process). */
  readyLines: string[];
  /** Sends `signal` to the API's first process (the only one when API_PROCESSES is 1). */
  signal(signal: NodeJS.Signals): void;
  /** The next stdout line, from now on, that starts with `prefix`. */
  nextLine(prefix: string): Promise<string>;
  /** Peak RSS (MB) of the primary and each HTTP process, summed (Linux /proc; undefined elsewhere). */
  peakRssMb(): number | undefined;
  /** CPU seconds (user + system) used so far by the primary and each HTTP process (Linux /proc; undefined elsewhere). */
  cpuSeconds(): number | undefined;
  close(): Promise<void>;
}

/** VmHWM of a process and its children, in MB. */
function peakRssOfTree(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    const hwmKb = (p: number): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round([pid, ...children].reduce((kb, p) => kb + hwmKb(p), 0) / 1024);
  } catch {
    return undefined;
  }
}

/** utime + stime of a process and its children, in seconds (clock ticks of 1/100 s, Linux's USER_HZ). */
export function cpuSecondsOfTree(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const ticks = (p: number): number => {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      return Number(fields[11]) + Number(fields[12]);
    };
    return [pid, ...children].reduce((sum, p) => sum + ticks(p), 0) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Extra node flags for the API processes (cluster workers inherit them), for profiling: e.g.
 * BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' writes one profile per process at exit.
 */
const NODE_ARGS = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** A file to copy the API processes' stdout to (e.g. BENCH_API_NODE_ARGS=--trace-gc BENCH_API_STDOUT=/tmp/gc.log). */
const STDOUT_COPY = process.env.BENCH_API_STDOUT;

/**
 * `npm run start:api`'s command as deployed: API_PROCESSES HTTP processes on one port (node:cluster),
 * on an already migrated and seeded database. Resolves once every process has logged `readyLine`
 * (e.g. the storefront cache warm-up's report), so measurement starts on a warmed fleet.
 */
export async function startApiProcesses(databaseUrl: string, processes: number, readyLine: string, extraEnv: Record<string, string>,
  extraNodeArgs: readonly string[] = []): Promise<ApiProcesses> {
  // BENCH_PORT pins the port (machines that share loopback between jobs give each its own range).
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const pepper = randomBytes(24).toString('hex');
  // The flags `npm run start:api` runs the API with (a primary passes them on to its HTTP processes).
  const child: ChildProcess = spawn(process.execPath, [...apiExecArgv([...NODE_ARGS, ...extraNodeArgs], ''), MAIN], {
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', DATABASE_URL: databaseUrl, HOST: '127.0.0.1', PORT: String(port),
      API_PROCESSES: String(processes), API_KEY_PEPPER: pepper, LOG_LEVEL: 'log', QUEUE_PREFIX: `bench${randomBytes(3).toString('hex')}`,
      // Load generators use one key; the per-key limit would measure the limiter, not the API.
      RATE_LIMIT_PER_SECOND: '0', ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (STDOUT_COPY) child.stdout?.pipe(createWriteStream(STDOUT_COPY, { flags: 'a' }));
  const readyLines: string[] = [];
  const lineWaiters: { prefix: string; resolve: (line: string) => void }[] = [];
  await new Promise<void>((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => reject(new Error(`API processes not ready after ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`API exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const waiter = lineWaiters.findIndex((w) => line.startsWith(w.prefix));
        if (waiter >= 0) lineWaiters.splice(waiter, 1)[0].resolve(line);
        if (line.includes(readyLine) && readyLines.push(line) === processes) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    label: `${processes} API process${processes === 1 ? '' : 'es'}`,
    readyLines,
    peakRssMb: () => peakRssOfTree(child.pid),
    cpuSeconds: () => cpuSecondsOfTree(child.pid),
    signal: (signal) => void child.kill(signal),
    nextLine: (prefix) => new Promise<string>((resolve) => lineWaiters.push({ prefix, resolve })),
    databaseUrl,
    createKey: async (role, scope = {}) => {
      const generated = generateApiKey();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        // Each bench key is its own principal (as `keys create` makes one).
        await client.query('INSERT INTO api_keys (prefix, secret_hash, role, label, merchant_id, channel_id, principal_id) VALUES ($1, $2, $3, $4, $5, $6, gen_random_uuid())', [
          generated.prefix, hashSecret(pepper, generated.secret), role, `bench ${role}`, scope.merchantId ?? null, scope.channelId ?? null,
        ]);
      } finally {
        await client.end();
      }
      return generated.key;
    },
    close: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `run` against `processes` HTTP processes (ready once listening) on their own fresh, migrated database; both go afterwards. */
export async function withFreshDeployment<T>(processes: number, extraEnv: Record<string, string>, run: (api: ApiProcesses) => Promise<T>): Promise<T> {
  const database = await createBenchDatabase(true);
  try {
    const api = await startApiProcesses(database.url, processes, 'API listening on', extraEnv);
    try {
      return await run(api);
    } finally {
      await api.close();
    }
  } finally {
    await database.drop();
  }
}
