import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../../src/common/net/free-port.js';

export { freePort };

/** Where every child's stdout/stderr goes: one file per process start, kept for post-mortems in CI. */
export const LOG_DIR = resolve('test-artifacts/reliability');
const DIST = resolve('dist/src');

export interface Child {
  name: string;
  proc: ChildProcess;
  logFile: string;
  exited: Promise<number | string | null>;
  running(): boolean;
  log(): string;
}

/** Every child ever started by this test file; `stopAll` (afterAll) and the exit hook kill what is left. */
const children = new Set<Child>();
process.once('exit', () => {
  for (const child of children) if (child.running()) child.proc.kill('SIGKILL');
});

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));


/** Polls `probe` every `everyMs` until it returns a value; throws `what` after `timeoutMs` (never loops forever). */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs: number, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** Starts a real child process with its output in LOG_DIR. */
export function startProcess(name: string, command: string, args: string[], env: Record<string, string>): Child {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = join(LOG_DIR, `${name}-${Date.now()}-${randomBytes(2).toString('hex')}.log`);
  const fd = openSync(logFile, 'a');
  const proc = spawn(command, args, { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let code: number | string | null | undefined;
  const exited = new Promise<number | string | null>((done) => proc.once('exit', (c, signal) => done((code = c ?? signal))));
  const child: Child = {
    name, proc, logFile, exited,
    running: () => code === undefined,
    log: () => readFileSync(logFile, 'utf8'),
  };
  children.add(child);
  return child;
}

/** SIGTERM (or the given signal), then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: Child, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (!child.running()) return;
  child.proc.kill(signal);
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => stop(c, 'SIGTERM', 5_000)));
  children.clear();
}

function tail(child: Child, lines = 30): string {
  return child.log().split('\n').slice(-lines).join('\n');
}

/** Waits until the child logs `marker`; fails fast with its log tail if it exits first. */
export async function waitForLog(child: Child, marker: string | RegExp, timeoutMs = 60_000): Promise<void> {
  await until(async () => {
    if (!child.running()) throw new Error(`${child.name} exited before "${String(marker)}":\n${tail(child)}`);
    const text = child.log();
    return (typeof marker === 'string' ? text.includes(marker) : marker.test(text)) ? true : undefined;
  }, `${child.name} to log ${String(marker)}`, timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message}\n--- ${child.name} log tail ---\n${tail(child)}`);
  });
}

/**
 * Boot (module load, text models, migrations under the advisory lock) of four processes at once takes
 * well over a minute on a 2-core machine that is also running other jobs.
 */
const BOOT_TIMEOUT_MS = 180_000;

export interface ApiProcess extends Child {
  baseUrl: string;
}

/** `node dist/src/main.js` on a free loopback port; resolves once it listens. */
export async function startApi(name: string, env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = startProcess(name, process.execPath, [join(DIST, 'main.js')], { ...env, PORT: String(port), HOST: '127.0.0.1', PROCESS_ROLE: 'api' });
  await waitForLog(child, 'API listening on', BOOT_TIMEOUT_MS);
  return Object.assign(child, { baseUrl: `http://127.0.0.1:${port}` });
}

/** `node dist/src/worker.js`; resolves once the relay and the BullMQ workers are up. */
export async function startWorker(name: string, env: Record<string, string>): Promise<Child> {
  const child = startProcess(name, process.execPath, [join(DIST, 'worker.js')], { ...env, PROCESS_ROLE: 'worker' });
  await waitForLog(child, 'worker started', BOOT_TIMEOUT_MS);
  return child;
}

/** Mints a key through the real CLI (same env as the API, so the same pepper). */
export async function cliKey(env: Record<string, string>, role: string, scope: { merchant?: string; channel?: string } = {}): Promise<string> {
  const args = [join(DIST, 'cli/cli.js'), 'keys', 'create', '--role', role];
  if (scope.merchant) args.push('--merchant', scope.merchant);
  if (scope.channel) args.push('--channel', scope.channel);
  const child = startProcess(`cli-${role}`, process.execPath, args, env);
  const code = await Promise.race([child.exited, sleep(60_000).then(() => 'timeout')]);
  if (code !== 0) {
    await stop(child, 'SIGKILL');
    throw new Error(`cli keys create exited with ${String(code)}:\n${tail(child)}`);
  }
  const match = /"key":\s*"([^"]+)"/.exec(child.log());
  if (!match) throw new Error(`no key in cli output:\n${tail(child)}`);
  return match[1];
}

/** A dedicated redis-server (no persistence) on `port`, for tests that stop and restart it. */
export async function startRedis(port: number): Promise<Child> {
  const child = startProcess(`redis-${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
  await waitForLog(child, 'Ready to accept connections', 20_000);
  return child;
}
