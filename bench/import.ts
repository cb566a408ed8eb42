/**
 * `npm run bench -- import`: a shop onboarding its history. 100,000 genuine reviews written over
 * 2 years on 1,000 products go through the real import-mode bulk intake
 * (`POST /v1/reviews:bulk?mode=import`, 10,000 per request, oldest first) of a running API and
 * worker (separate processes, as `npm start` runs them, PostgreSQL queue backend) on a fresh
 * database, from the first byte sent to every review scored (polled through GET /v1/imports/:id).
 *
 * IMPORT_BENCH_REVIEWS / IMPORT_BENCH_PRODUCTS shrink it for quick runs; IMPORT_BENCH_PORT pins
 * the API's loopback port (a free one otherwise). CPU seconds of the API and worker processes are
 * read from /proc, so the per-CPU-second rate means something on a shared machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { apiExecArgv } from '../src/api-node-flags.js';
import { generateApiKey, hashSecret } from '../src/common/auth/api-key-format.js';
import { freePort } from '../src/common/net/free-port.js';
import { createBenchDatabase } from './bench-api.js';
import type { BenchResult } from './bench-result.js';
import { importHistory } from './import-fixtures.js';

const REVIEWS = Number(process.env.IMPORT_BENCH_REVIEWS ?? 100_000);
const PRODUCTS = Number(process.env.IMPORT_BENCH_PRODUCTS ?? 1_000);
const YEARS = 2;
const PER_REQUEST = 10_000;
const SCORED_TIMEOUT_MS = 3_600_000;
const READY_TIMEOUT_MS = 180_000;

const log = (line: string): void => void process.stderr.write(`[bench:import] ${line}\n`);

interface Proc {
  child: ChildProcess;
  exited: Promise<void>;
}

/** A dist/src entry point as its own process; resolves once it logs `readyLine`. */
async function startProcess(entry: string, execArgv: string[], env: Record<string, string>, readyLine: string): Promise<Proc> {
  const child = spawn(process.execPath, [...execArgv, fileURLToPath(new URL(`../src/${entry}`, import.meta.url))], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} not ready after ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes(readyLine)) {
        clearTimeout(timer);
        resolve();
      }
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  return { child, exited };
}

async function stop(proc: Proc): Promise<void> {
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), 15_000);
  await proc.exited;
  clearTimeout(timer);
}

/** User + system CPU seconds of a process (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function adminKey(databaseUrl: string, pepper: string): Promise<string> {
  const generated = generateApiKey();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('INSERT INTO api_keys (prefix, secret_hash, role, label, principal_id) VALUES ($1, $2, $3, $4, gen_random_uuid())', [
      generated.prefix, hashSecret(pepper, generated.secret), 'admin', 'bench import',
    ]);
  } finally {
    await client.end();
  }
  return generated.key;
}

async function call<T>(baseUrl: string, key: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function seedProducts(baseUrl: string, key: string): Promise<{ channel: string; products: string[] }> {
  const merchant = await call<{ id: string }>(baseUrl, key, 'POST', '/v1/merchants', { slug: 'bench-import', name: 'Bench import shop' });
  await call(baseUrl, key, 'POST', '/v1/channels', { code: 'bench-history', type: 'web', name: 'Old web shop' });
  const products: string[] = [];
  for (let start = 0; start < PRODUCTS; start += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, PRODUCTS - start) }, (_, k) =>
      call<{ id: string }>(baseUrl, key, 'POST', '/v1/products', { merchantId: merchant.body.id, sku: `imp-${start + k}`, name: `Product ${start + k}` })));
    products.push(...batch.map((r) => r.body.id));
  }
  return { channel: 'bench-history', products };
}

interface Progress {
  total: number;
  pending: number;
  held: number;
  withheld: number;
  done: boolean;
}

export async function runImportBench(): Promise<BenchResult[]> {
  const database = await createBenchDatabase(true);
  const pepper = randomBytes(24).toString('hex');
  const port = Number(process.env.IMPORT_BENCH_PORT ?? 0) || (await freePort());
  const env = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', DATABASE_URL: database.url, HOST: '127.0.0.1', PORT: String(port),
    API_PROCESSES: '1', API_KEY_PEPPER: pepper, LOG_LEVEL: 'log', QUEUE_PREFIX: `benchimp${randomBytes(3).toString('hex')}`, RATE_LIMIT_PER_SECOND: '0',
  };
  const procs: Proc[] = [];
  try {
    procs.push(await startProcess('main.js', apiExecArgv([], ''), env, 'API listening on'));
    procs.push(await startProcess('worker.js', [], env, 'worker started'));
    const baseUrl = `http://127.0.0.1:${port}`;
    const key = await adminKey(database.url, pepper);
    const { channel, products } = await seedProducts(baseUrl, key);
    const items = importHistory(REVIEWS, products, YEARS, Date.now() - 3_600_000).map((item) => ({ ...item, channel }));
    log(`${items.length} reviews over ${YEARS} years on ${products.length} products, ${Math.ceil(items.length / PER_REQUEST)} requests of up to ${PER_REQUEST}`);
    const cpuBefore = procs.map((p) => cpuSeconds(p.child.pid));
    const started = performance.now();
    const importIds: string[] = [];
    let accepted = 0;
    for (let start = 0; start < items.length; start += PER_REQUEST) {
      const res = await call<{ importId: string; accepted: number }>(baseUrl, key, 'POST', '/v1/reviews:bulk?mode=import', items.slice(start, start + PER_REQUEST));
      if (res.status !== 202) throw new Error(`bulk import → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      importIds.push(res.body.importId);
      accepted += res.body.accepted;
    }
    const intakeSeconds = (performance.now() - started) / 1000;
    log(`intake: ${accepted} accepted in ${intakeSeconds.toFixed(1)} s; waiting for every review to be scored…`);
    let progress: Progress[] = [];
    for (;;) {
      progress = await Promise.all(importIds.map(async (id) => (await call<Progress>(baseUrl, key, 'GET', `/v1/imports/${id}`)).body));
      if (progress.every((p) => p.done)) break;
      if (performance.now() - started > SCORED_TIMEOUT_MS) throw new Error(`not scored after ${SCORED_TIMEOUT_MS / 1000} s: ${JSON.stringify(progress)}`);
      await sleep(1000);
    }
    const scoredSeconds = (performance.now() - started) / 1000;
    const cpu = procs.map((p, i) => cpuSeconds(p.child.pid) - cpuBefore[i]);
    const sum = (f: (p: Progress) => number): number => progress.reduce((a, p) => a + f(p), 0);
    const total = sum((p) => p.total);
    const held = sum((p) => p.held);
    const heldShare = `${((100 * held) / Math.max(1, total)).toFixed(2)}%`;
    log(`all ${total} scored after ${scoredSeconds.toFixed(1)} s; held ${held} (${heldShare}), withheld ${sum((p) => p.withheld)}; CPU s: API ${cpu[0].toFixed(1)}, worker ${cpu[1].toFixed(1)}`);
    return [{
      name: `import: ${total.toLocaleString('en')} historical reviews over ${YEARS} years on ${products.length.toLocaleString('en')} products (import mode, 1 API + 1 worker)`,
      throughput: `${Math.round(total / scoredSeconds).toLocaleString('en')} reviews/s first byte → all scored`,
      notes: `intake ${intakeSeconds.toFixed(1)} s (${Math.round(total / intakeSeconds).toLocaleString('en')}/s), all scored after ${scoredSeconds.toFixed(1)} s; `
        + `held ${held} (${heldShare}), withheld ${sum((p) => p.withheld)}; CPU seconds: API ${cpu[0].toFixed(1)}, worker ${cpu[1].toFixed(1)} `
        + `(${Math.round(total / Math.max(0.01, cpu[0] + cpu[1])).toLocaleString('en')} reviews per API+worker CPU-second; PostgreSQL not counted)`,
    }];
  } finally {
    for (const p of procs.reverse()) await stop(p);
    await database.drop();
  }
}
