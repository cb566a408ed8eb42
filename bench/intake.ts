import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { withFreshDeployment, type ApiProcesses } from './api-processes.js';
import type { BenchResult } from './bench-result.js';
import { failuresOf, runHttpLoad } from './http-load.js';
import type { IntakeRequestData } from './intake-requests.js';
import type { BulkClientJob, BulkClientTally } from './intake-bulk-client.js';
import { bulkBody, reviewFragments } from './intake-fixtures.js';
import { percentile } from './percentile.js';

/** BENCH_QUICK=1 shortens both phases for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 1_000;
const BULK_CLIENTS = Number(process.env.INTAKE_BENCH_CLIENTS ?? 4);
const BULK_SIZE = 5_000;
const BULK_MIN_SECONDS = QUICK ? 6 : 20;
const BULK_MAX_REVIEWS = 300_000;
const SINGLE_CONNECTIONS = 200;
const SINGLE_SECONDS = QUICK ? 5 : 15;
/** About half the closed-loop capacity measured here: a busy intake hour, not saturation. */
const SINGLE_PACED_RATE = 2_000;
const BULK_CLIENT_MODULE = new URL('./intake-bulk-client.js', import.meta.url);
const REQUEST_MODULE = new URL('./intake-requests.js', import.meta.url).href;

interface Seeded {
  channelKey: string;
  skus: string[];
}

const log = (line: string): void => void process.stderr.write(`[bench:intake] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function call(api: ApiProcesses, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** Merchant, channel, 1,000 products listed on the channel: all through the public HTTP API. */
async function seed(api: ApiProcesses): Promise<Seeded> {
  const admin = await api.createKey('admin');
  const merchant = await call(api, admin, '/v1/merchants', { slug: 'bench-outdoor', name: 'Bench Outdoor' });
  const channel = await call(api, admin, '/v1/channels', { code: 'bench-web', type: 'web', name: 'Bench web mall' });
  const skus = Array.from({ length: PRODUCTS }, (_, n) => `sku-${String(n).padStart(4, '0')}`);
  for (let start = 0; start < skus.length; start += 25) {
    await Promise.all(skus.slice(start, start + 25).map(async (sku) => {
      const product = await call(api, admin, '/v1/products', { merchantId: merchant.id, sku, name: `Product ${sku}` });
      await call(api, admin, '/v1/channel-listings', { channel: 'bench-web', externalSku: `W-${sku}`, productId: product.id });
    }));
  }
  const channelKey = await api.createKey('channel', { channelId: channel.id });
  return { channelKey, skus: skus.map((s) => `W-${s}`) };
}

async function countReviews(api: ApiProcesses): Promise<number> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM reviews')).rows[0].n);
  } finally {
    await client.end();
  }
}

async function postBulk(api: ApiProcesses, key: string, body: string): Promise<void> {
  const res = await fetch(`${api.baseUrl}/v1/reviews:bulk`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  if (res.status !== 202) throw new Error(`bulk → ${res.status} ${await res.text()}`);
  await res.arrayBuffer().catch(() => undefined);
}

function runBulkClients(job: BulkClientJob): Promise<BulkClientTally> {
  const worker = new Worker(BULK_CLIENT_MODULE);
  return new Promise<BulkClientTally>((resolve, reject) => {
    worker.once('message', (m: { ok: true; tally: BulkClientTally } | { ok: false; error: string }) => (m.ok ? resolve(m.tally) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.postMessage(job);
  }).finally(() => void worker.terminate());
}

/** Several clients (in a worker thread), each posting 5,000-review arrays back to back, until 20 s or 300k reviews. */
async function bulkPhase(api: ApiProcesses, seeded: Seeded, label: string): Promise<BenchResult> {
  const fragments = reviewFragments(20_000, seeded.skus);
  const prefix = `b-${randomBytes(4).toString('hex')}`;
  await postBulk(api, seeded.channelKey, bulkBody(fragments, `${prefix}-warm`, 0, BULK_SIZE));
  const before = await countReviews(api);
  const tally = await runBulkClients({
    url: `${api.baseUrl}/v1/reviews:bulk`, key: seeded.channelKey, fragments, prefix, clients: BULK_CLIENTS, size: BULK_SIZE,
    seconds: BULK_MIN_SECONDS, maxReviews: BULK_MAX_REVIEWS,
  });
  const seconds = tally.elapsedSeconds;
  const committed = (await countReviews(api)) - before;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  log(`bulk: ${tally.accepted} accepted, ${tally.rejected} rejected, ${committed} rows in reviews, ${seconds.toFixed(1)} s`);
  return {
    name: `intake: bulk JSON (${BULK_CLIENTS} clients × ${BULK_SIZE.toLocaleString('en')} reviews/request, ${label})`,
    throughput: `${Math.round(tally.accepted / seconds).toLocaleString('en')} reviews/s committed`,
    p50: `${ms(percentile(sorted, 50))}/request`,
    p99: `${ms(percentile(sorted, 99))}/request`,
    peakRssMb: api.peakRssMb(),
    notes: `${tally.accepted.toLocaleString('en')} accepted in ${seconds.toFixed(1)} s over ${sorted.length} requests; `
      + `SELECT count(*) FROM reviews agrees: ${committed === tally.accepted ? 'yes' : `NO (${committed})`}; ${tally.rejected} rejected`,
  };
}

/**
 * Single POSTs on 200 connections, from the load client in a worker thread (it shares the 2 cores): closed loop
 * (200 requests always in flight: capacity, latency mostly queueing), or paced at `ratePerSecond` spread over the
 * same 200 connections (latency from each request's scheduled time), which shows the latency of a given load.
 */
async function singlePhase(api: ApiProcesses, seeded: Seeded, label: string, ratePerSecond?: number): Promise<BenchResult> {
  const requestData: IntakeRequestData = { fragments: reviewFragments(5_000, seeded.skus) };
  const result = await runHttpLoad({
    baseUrl: api.baseUrl, connections: SINGLE_CONNECTIONS, ratePerSecond, warmupSeconds: 3, seconds: SINGLE_SECONDS, requestModule: REQUEST_MODULE, requestData,
    headers: { authorization: `Bearer ${seeded.channelKey}`, 'content-type': 'application/json' },
  });
  const failed = failuresOf(result);
  log(`single (${label}${ratePerSecond ? `, paced at ${ratePerSecond}/s` : ''}): ${JSON.stringify(result.statuses)}, ${result.errors} errors ${result.errorSamples.join('; ')}`);
  const load = ratePerSecond ? `${SINGLE_CONNECTIONS} connections, paced at ${ratePerSecond.toLocaleString('en')} req/s` : `${SINGLE_CONNECTIONS} concurrent, capacity`;
  return {
    name: `intake: single POST /v1/reviews (${load}, ${label})`,
    throughput: `${Math.round(result.requestsPerSecond).toLocaleString('en')} req/s`,
    p50: ms(result.p50Ms),
    p99: ms(result.p99Ms),
    peakRssMb: api.peakRssMb(),
    notes: `${(result.statuses['202'] ?? 0).toLocaleString('en')} accepted in ${result.elapsedSeconds.toFixed(0)} s (after 3 s warm-up); ${failed} failed; max ${ms(result.maxMs)}`,
  };
}

/** One deployment on its own fresh database: seed through the API, then bulk, then single POSTs. */
function deployment(processes: number): Promise<BenchResult[]> {
  return withFreshDeployment(processes, {}, async (api) => {
    log(`${api.label} on ${api.baseUrl}, seeding ${PRODUCTS} products…`);
    const seeded = await seed(api);
    return [await bulkPhase(api, seeded, api.label), await singlePhase(api, seeded, api.label), await singlePhase(api, seeded, api.label, SINGLE_PACED_RATE)];
  });
}

/**
 * Intake throughput and latency against local PostgreSQL, the API as deployed (npm run start:api's command)
 * with API_PROCESSES=2 (one per core of this machine) and, for comparison, 1; each on a throwaway database.
 */
export async function runIntakeBench(): Promise<BenchResult[]> {
  const results = [...await deployment(2), ...await deployment(1)];
  const context = 'API as deployed (API_PROCESSES HTTP processes on one port, node:cluster); load clients run in worker threads of the bench process '
    + '(bulk: node fetch; single: bench/http-load-client.ts, raw keep-alive sockets) and share the 2 cores with the API and PostgreSQL; '
    + 'worker not running (measures intake commit + outbox row only); peak RSS is the API primary + HTTP processes, PostgreSQL excluded.';
  return [...results, { name: 'intake: conditions', notes: context }];
}
