import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { cpuSecondsOfTree, startApiProcesses } from './api-processes.js';
import { createBenchDatabase } from './bench-api.js';
import { runHttpLoad, type HttpLoadTally } from './http-load.js';
import { seed, WARMED_LINE } from './storefront.js';
import { apiExecArgv } from '../src/api-node-flags.js';
import { freePort } from '../src/common/net/free-port.js';
import { median } from './percentile.js';

const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 2_000;
const REVIEWED = 500;
const SECONDS = QUICK ? 5 : 10;
const ROUNDS = 2;
const WARMUP_SECONDS = 2;
/** READ_PATH_CPU_ONLY=1 measures only the CPU cost per request (skips the throughput rounds). */
const CPU_ONLY = process.env.READ_PATH_CPU_ONLY === '1';
const CONNECTIONS = 50;
const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';
const BARE = fileURLToPath(new URL('./bare-fastify-server.js', import.meta.url));
const REQUEST_MODULE = new URL('./storefront-requests.js', import.meta.url).href;

const log = (line: string): void => void process.stderr.write(`[bench:read-path] ${line}\n`);

interface Run { rps: number; p50: number; p99: number; failed: number; requests: number }

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
const toMs = (text: string): number => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]] : Number.NaN;
};

/** wrk (closed loop, 1 thread) with a Lua script picking a random product per request. */
async function wrk(baseUrl: string, script: string, seconds = SECONDS): Promise<Run> {
  const { stdout } = await promisify(execFile)(WRK, ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, baseUrl], { maxBuffer: 1 << 20 });
  const pct = (p: string): number => toMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(stdout)?.[1] ?? '');
  const failed = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0) + Number(/Socket errors: .*?(\d+)/.exec(stdout)?.[1] ?? 0);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]), p50: pct('50'), p99: pct('99'), failed, requests: Number(/(\d+) requests in/.exec(stdout)?.[1]) };
}

function luaScript(dir: string, name: string, paths: string[], key: string): string {
  const file = join(dir, `${name}.lua`);
  writeFileSync(file, `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
local headers = { ["authorization"] = "Bearer ${key}" }
request = function() return wrk.format("GET", paths[math.random(#paths)], headers) end
`);
  return file;
}

const inHouse = async (baseUrl: string, key: string, template: string, ids: string[]): Promise<Run> => {
  const t: HttpLoadTally = await runHttpLoad({
    baseUrl, connections: CONNECTIONS, warmupSeconds: 1, seconds: SECONDS, headers: { authorization: `Bearer ${key}` },
    requestModule: REQUEST_MODULE, requestData: { template, productIds: ids },
  });
  return { rps: t.requestsPerSecond, p50: t.p50Ms, p99: t.p99Ms, requests: Math.round(t.requestsPerSecond * SECONDS), failed: t.errors + Object.entries(t.statuses).filter(([s]) => s !== '200').reduce((n, [, c]) => n + c, 0) };
};

/** Headers Node or Fastify write on their own for both servers (or per connection), so the capture leaves them out. */
const WRITTEN_BY_THE_SERVER = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/**
 * Reads every URL once through Candor (filling its cache) and keeps the exact body and every header Candor sent
 * (ETag, caching, security headers, request id, cache marker) for the bare server to answer with: the reference
 * pays for writing the same response bytes, so the ratio measures what Candor's own code costs per request.
 */
async function capture(baseUrl: string, key: string, paths: string[]): Promise<Record<string, { headers: Record<string, string>; json: string }>> {
  const out: Record<string, { headers: Record<string, string>; json: string }> = {};
  for (let i = 0; i < paths.length; i += 25) {
    await Promise.all(paths.slice(i, i + 25).map(async (path) => {
      const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      const headers = Object.fromEntries([...res.headers].filter(([name]) => !WRITTEN_BY_THE_SERVER.has(name)));
      out[path] = { headers, json: await res.text() };
    }));
  }
  return out;
}

async function startBare(bodiesFile: string): Promise<{ baseUrl: string; cpuSeconds(): number | undefined; close(): Promise<void> }> {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + 1 : await freePort();
  const child = spawn(process.execPath, [...apiExecArgv([], ''), BARE], { env: { PATH: process.env.PATH ?? '', PORT: String(port), BARE_BODIES: bodiesFile }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('bare fastify listening') && resolve());
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { baseUrl: `http://127.0.0.1:${port}`, cpuSeconds: () => cpuSecondsOfTree(child.pid), close: async () => void (child.kill('SIGTERM'), await exited) };
}

/**
 * Server CPU (user + system, from /proc) per request over one wrk run: unlike req/s, this does not
 * depend on how much of the machine other jobs leave to the server, so it is the figure to compare
 * on a loaded machine.
 */
async function cpuPerRequestUs(server: { baseUrl: string; cpuSeconds(): number | undefined }, script: string): Promise<number> {
  const before = server.cpuSeconds();
  const run = await wrk(server.baseUrl, script);
  const after = server.cpuSeconds();
  if (before === undefined || after === undefined || !(run.requests > 0)) return Number.NaN;
  return ((after - before) * 1e6) / run.requests;
}

/**
 * Vacuums and checkpoints the freshly seeded database before anything is measured, as the moderation bench does:
 * otherwise autovacuum and the checkpointer sweep the bulk load on the machine's two cores during whichever
 * round (Candor's or bare's) happens to run then, a stall that belongs to neither server.
 */
async function settleDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
}

const fmt = (r: Run): string => `${Math.round(r.rps).toLocaleString('en')} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${r.failed ? `, ${r.failed} failed` : ''}`;

/**
 * Issue 17 item 5: cached storefront reads against a bare Fastify route serving the same bytes, measured
 * side by side in one run, alternating (Candor, bare, Candor, bare…) so the machine's other load falls on
 * both alike. Two load generators: wrk and the in-house client. Targets: Candor ≥ 80% of bare throughput,
 * p99 ≤ 2× bare. One API process (the bare server is one process too).
 */
export async function runReadPathBench(): Promise<BenchResult[]> {
  const database = await createBenchDatabase(true);
  const dir = mkdtempSync(join(tmpdir(), 'candor-read-path-'));
  try {
    const seeded = await seed(database.url, PRODUCTS, REVIEWED);
    await settleDatabase(database.url);
    const api = await startApiProcesses(database.url, 1, WARMED_LINE, { RATINGS_CACHE: 'on', RATING_PRIOR_MEAN: '4', RATINGS_CACHE_WARM_PRODUCTS: String(PRODUCTS) });
    try {
      const key = await api.createKey('storefront');
      const routes = [
        { name: 'rating', template: '/v1/products/{id}/rating', ids: seeded.all },
        { name: 'reviews', template: '/v1/products/{id}/reviews?limit=10', ids: seeded.reviewed },
      ].map((r) => ({ ...r, paths: r.ids.map((id) => r.template.replace('{id}', id)) }));
      const bodiesFile = join(dir, 'bodies.json');
      writeFileSync(bodiesFile, JSON.stringify(Object.assign({}, ...await Promise.all(routes.map((r) => capture(api.baseUrl, key, r.paths))))));
      const bare = await startBare(bodiesFile);
      try {
        const results: BenchResult[] = [];
        for (const route of routes) {
          const script = luaScript(dir, route.name, route.paths, key);
          // Both servers warm alike before anything is measured: Candor had only the capture's reads, the bare server none,
          // so its first round used to carry its JIT warm-up.
          for (const server of [api.baseUrl, bare.baseUrl]) await wrk(server, script, WARMUP_SECONDS);
          const candorCpu: number[] = [];
          const bareCpu: number[] = [];
          for (let round = 0; round < ROUNDS; round += 1) {
            candorCpu.push(await cpuPerRequestUs({ baseUrl: api.baseUrl, cpuSeconds: () => api.cpuSeconds() }, script));
            bareCpu.push(await cpuPerRequestUs(bare, script));
            log(`${route.name} CPU round ${round + 1}: Candor ${candorCpu[round].toFixed(1)} µs/request | bare ${bareCpu[round].toFixed(1)} µs/request`);
          }
          results.push({
            name: `read path: server CPU per cached GET ${route.template.replace('{id}', ':id')}, Candor vs bare Fastify (wrk, ${ROUNDS} alternating rounds)`,
            throughput: `${(median(candorCpu) / median(bareCpu)).toFixed(2)}× bare's CPU per request`,
            notes: `Candor ${candorCpu.map((c) => c.toFixed(1)).join(', ')} µs/request; bare ${bareCpu.map((c) => c.toFixed(1)).join(', ')} µs/request (user+system from /proc over each run ÷ requests)`,
          });
          if (CPU_ONLY) continue;
          for (const [tool, measure] of [['wrk', (url: string) => wrk(url, script)], ['in-house', (url: string) => inHouse(url, key, route.template, route.ids)]] as const) {
            const candor: Run[] = [];
            const reference: Run[] = [];
            for (let round = 0; round < ROUNDS; round += 1) {
              candor.push(await measure(api.baseUrl));
              reference.push(await measure(bare.baseUrl));
              log(`${route.name} ${tool} round ${round + 1}: Candor ${fmt(candor[round])} | bare ${fmt(reference[round])}`);
            }
            const ratios = candor.map((c, i) => ({ rps: c.rps / reference[i].rps, p99: c.p99 / reference[i].p99 }));
            const rps = median(ratios.map((r) => r.rps));
            const p99 = median(ratios.map((r) => r.p99));
            results.push({
              name: `read path: cached GET ${route.template.replace('{id}', ':id')} vs bare Fastify, ${tool} (${CONNECTIONS} conn, ${SECONDS} s × ${ROUNDS} alternating rounds)`,
              throughput: `${(rps * 100).toFixed(0)}% of bare`, p99: `${p99.toFixed(2)}× bare`,
              notes: `target ≥ 80% and ≤ 2×; per round Candor / bare: ${candor.map((c, i) => `${fmt(c)} / ${fmt(reference[i])}`).join('; ')}`,
            });
          }
        }
        return [...results, { name: 'read path: conditions', notes: `1 API process (npm run start:api flags) with its storefront cache warm vs bare-fastify-server.ts (same flags, same bytes and headers); wrk -t1 -c${CONNECTIONS} and bench/http-load-client.ts, closed loop, random product per request; both servers and the client share this machine's cores, so only the side-by-side ratios mean anything on a loaded machine` }];
      } finally {
        await bare.close();
      }
    } finally {
      await api.close();
    }
  } finally {
    await database.drop();
  }
}
