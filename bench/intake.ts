import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { startBenchApi, type BenchApi } from './bench-api.js';
import type { BulkClientJob, BulkClientTally } from './intake-bulk-client.js';
import { bulkBody, reviewFragments } from './intake-fixtures.js';

/** BENCH_QUICK=1 shortens both phases for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 1_000;
const BULK_CLIENTS = 4;
const BULK_SIZE = 5_000;
const BULK_MIN_SECONDS = QUICK ? 6 : 20;
const BULK_MAX_REVIEWS = 300_000;
const SINGLE_CONNECTIONS = 200;
const SINGLE_SECONDS = QUICK ? 5 : 15;
const BULK_CLIENT_MODULE = new URL('./intake-bulk-client.js', import.meta.url);
const SETUP_REQUEST_MODULE = fileURLToPath(new URL('./intake-single-request.cjs', import.meta.url));

interface Seeded {
  channelKey: string;
  skus: string[];
}

const log = (line: string): void => void process.stderr.write(`[bench:intake] ${line}\n`);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function call(api: BenchApi, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** Merchant, channel, 1,000 products listed on the channel: all through the public HTTP API. */
async function seed(api: BenchApi): Promise<Seeded> {
  const admin = (await api.keys.create({ role: 'admin', label: 'bench admin' })).key;
  const merchant = await call(api, admin, '/v1/merchants', { slug: 'bench-outdoor', name: 'Bench Outdoor' });
  const channel = await call(api, admin, '/v1/channels', { code: 'bench-web', type: 'web', name: 'Bench web mall' });
  const skus = Array.from({ length: PRODUCTS }, (_, n) => `sku-${String(n).padStart(4, '0')}`);
  for (let start = 0; start < skus.length; start += 25) {
    await Promise.all(skus.slice(start, start + 25).map(async (sku) => {
      const product = await call(api, admin, '/v1/products', { merchantId: merchant.id, sku, name: `Product ${sku}` });
      await call(api, admin, '/v1/channel-listings', { channel: 'bench-web', externalSku: `W-${sku}`, productId: product.id });
    }));
  }
  const channelKey = (await api.keys.create({ role: 'channel', label: 'bench channel', channelId: channel.id })).key;
  return { channelKey, skus: skus.map((s) => `W-${s}`) };
}

async function countReviews(api: BenchApi): Promise<number> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM reviews')).rows[0].n);
  } finally {
    await client.end();
  }
}

async function postBulk(api: BenchApi, key: string, body: string): Promise<void> {
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
async function bulkPhase(api: BenchApi, seeded: Seeded): Promise<BenchResult> {
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
    name: `intake: bulk JSON (${BULK_CLIENTS} clients × ${BULK_SIZE.toLocaleString('en')} reviews/request)`,
    throughput: `${Math.round(tally.accepted / seconds).toLocaleString('en')} reviews/s committed`,
    p50: `${ms(percentile(sorted, 50))}/request`,
    p99: `${ms(percentile(sorted, 99))}/request`,
    peakRssMb: peakRssMb(),
    notes: `${tally.accepted.toLocaleString('en')} accepted in ${seconds.toFixed(1)} s over ${sorted.length} requests; `
      + `SELECT count(*) FROM reviews agrees: ${committed === tally.accepted ? 'yes' : `NO (${committed})`}; ${tally.rejected} rejected`,
  };
}

/** 200 connections posting one review each, via autocannon in its own worker thread (it shares the 2 cores). */
async function singlePhase(api: BenchApi, seeded: Seeded): Promise<BenchResult> {
  const fragments = reviewFragments(5_000, seeded.skus);
  const options = (seconds: number): Parameters<typeof autocannon>[0] => ({
    url: api.baseUrl, connections: SINGLE_CONNECTIONS, duration: seconds, workers: 1, timeout: 30,
    requests: [{
      method: 'POST', path: '/v1/reviews', setupRequest: SETUP_REQUEST_MODULE, fragments,
      headers: { authorization: `Bearer ${seeded.channelKey}`, 'content-type': 'application/json' },
    }],
  });
  await autocannon(options(3));
  const result = await autocannon(options(SINGLE_SECONDS));
  const failed = result.errors + result.timeouts + result.non2xx;
  log(`single: ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    name: `intake: single POST /v1/reviews (${SINGLE_CONNECTIONS} concurrent)`,
    throughput: `${Math.round(result.requests.average).toLocaleString('en')} req/s`,
    p50: ms(result.latency.p50),
    p99: ms(result.latency.p99),
    peakRssMb: peakRssMb(),
    notes: `${result['2xx'].toLocaleString('en')} accepted in ${result.duration.toFixed(0)} s (after 3 s warm-up); ${failed} failed; max ${ms(result.latency.max)}`,
  };
}

/** Intake throughput and latency against local PostgreSQL, on a throwaway database. */
export async function runIntakeBench(): Promise<BenchResult[]> {
  const api = await startBenchApi();
  try {
    log(`API on ${api.baseUrl}, seeding ${PRODUCTS} products…`);
    const seeded = await seed(api);
    const results = [await bulkPhase(api, seeded), await singlePhase(api, seeded)];
    const context = 'Load clients run in worker threads of the bench process (own event loops) and share the 2 cores with the API and PostgreSQL; '
      + 'worker not running (measures intake commit + outbox row only); peak RSS is client + API process, PostgreSQL excluded.';
    return [...results, { name: 'intake: conditions', notes: context }];
  } finally {
    // autocannon stops on the clock with requests still in flight; let them finish before the pool goes away.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await api.close();
  }
}
