import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result.js';
import { startApiProcesses } from './api-processes.js';
import { createBenchDatabase } from './bench-api.js';
import { failuresOf, runHttpLoad, type HttpLoadTally } from './http-load.js';
import { EVENT_LOOP_DELAY_LINE } from './event-loop-probe.js';
import { seed, WARMED_LINE } from './storefront.js';

const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 2_000;
const BULKS = 4;
const ITEMS = 10_000;
const SECONDS = QUICK ? 8 : 20;
const RATING_RATE = 200;
/** Enough that the offered rate never waits for a free connection (each has one request in flight). */
const RATING_CONNECTIONS = 50;
const HEALTH_RATE = 10;
/** The seeded channel (bench/storefront.ts seed). */
const CHANNEL_ID = '00000000-0000-4000-8000-000000000002';
const REQUEST_MODULE = new URL('./storefront-requests.js', import.meta.url).href;
const PROBE = fileURLToPath(new URL('./event-loop-probe.js', import.meta.url));

const log = (line: string): void => void process.stderr.write(`[bench:bulk-stall] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * The stall: 10,000 items that all fail validation (no product, rating 9), ~3.2 KB each, so
 * ~32 MB: every item goes through class-validator, none reaches the database.
 */
function invalidBulk(): string {
  const filler = 'This text is here to make the item as large as the reported one. '.repeat(48);
  return JSON.stringify(Array.from({ length: ITEMS }, (_, i) => ({
    externalId: `stall-${i}`, rating: 9, title: `Item ${i}`, body: filler, reviewer: { externalId: `stall-u-${i}`, displayName: 'Stall' },
  })));
}

/** BULKS clients, each sending the body again as soon as it is answered, until `until` resolves. */
async function sendBulks(url: string, key: string, body: string, until: Promise<unknown>): Promise<{ statuses: Record<string, number>; latencies: number[] }> {
  let done = false;
  void until.finally(() => (done = true));
  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  await Promise.all(Array.from({ length: BULKS }, async () => {
    while (!done) {
      const sent = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body }).catch((error: Error) => {
        throw new Error(`bulk request failed: ${String((error.cause as Error | undefined)?.message ?? error.message)}`);
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - sent);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    }
  }));
  return { statuses, latencies };
}

function row(name: string, tally: HttpLoadTally, peakRssMb: number | undefined, notes: string): BenchResult {
  return {
    name, throughput: `${Math.round(tally.requestsPerSecond)} req/s`, p50: ms(tally.p50Ms), p99: ms(tally.p99Ms), peakRssMb,
    notes: `${notes}; ${failuresOf(tally)} failed; max ${ms(tally.maxMs)}`,
  };
}

/**
 * Storefront reads and /health while four 10,000-item bulks run back to back on one API process
 * (issue 16: a 32 MB bulk made other requests wait 10 s, 24 s with four). Targets: cached rating
 * p99 ≤ 50 ms, /health p99 ≤ 100 ms. Paced load (latency from each request's scheduled send time).
 */
export async function runBulkStallBench(): Promise<BenchResult[]> {
  const database = await createBenchDatabase(true);
  try {
    const seeded = await seed(database.url, PRODUCTS, 100);
    const api = await startApiProcesses(database.url, 1, WARMED_LINE, { RATINGS_CACHE: 'on', RATING_PRIOR_MEAN: '4', RATINGS_CACHE_WARM_PRODUCTS: String(PRODUCTS) },
      [`--import=${PROBE}`]);
    /** The API's event-loop delay since the previous call (event-loop-probe.ts). */
    type Probe = { p50: number; p99: number; max: number; samples: number; mainCpuMs: number; processCpuMs: number };
    const eventLoopDelay = async (): Promise<Probe> => {
      const line = api.nextLine(EVENT_LOOP_DELAY_LINE);
      api.signal('SIGWINCH');
      return JSON.parse((await line).slice(EVENT_LOOP_DELAY_LINE.length)) as Probe;
    };
    try {
      const [storefrontKey, channelKey] = [await api.createKey('storefront'), await api.createKey('channel', { channelId: CHANNEL_ID })];
      const body = invalidBulk();
      log(`bulk body ${(Buffer.byteLength(body) / 1e6).toFixed(1)} MB × ${BULKS} clients for ${SECONDS} s`);
      const load = (template: string, ids: string[], rate: number, connections: number): Promise<HttpLoadTally> => runHttpLoad({
        baseUrl: api.baseUrl, connections, ratePerSecond: rate, warmupSeconds: 2, seconds: SECONDS,
        headers: { authorization: `Bearer ${storefrontKey}` }, requestModule: REQUEST_MODULE, requestData: { template, productIds: ids },
      });
      await eventLoopDelay();
      const loads = Promise.all([load('/v1/products/{id}/rating', seeded.all, RATING_RATE, RATING_CONNECTIONS), load('/health', [''], HEALTH_RATE, 2)]);
      const delayed = loads.then(() => eventLoopDelay());
      const [[rating, health], bulks, delay] = await Promise.all([loads, sendBulks(`${api.baseUrl}/v1/reviews:bulk`, channelKey, body, delayed), delayed]);
      const sorted = [...bulks.latencies].sort((a, b) => a - b);
      const bulkNote = `${BULKS} clients × ${ITEMS.toLocaleString('en')}-item invalid bulks (${(Buffer.byteLength(body) / 1e6).toFixed(0)} MB) back to back: statuses ${JSON.stringify(bulks.statuses)}, `
        + `median bulk ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}`;
      const delayNote = `API event-loop delay (monitorEventLoopDelay, 10 ms resolution, whole run incl. warm-up): p50 ${ms(delay.p50)}, p99 ${ms(delay.p99)}, max ${ms(delay.max)}; `
        + `CPU: main thread ${(delay.mainCpuMs / 1000).toFixed(1)} s of ${(delay.processCpuMs / 1000).toFixed(1)} s for the process (all threads) over the window`;
      log(`rating p99 ${ms(rating.p99Ms)}, health p99 ${ms(health.p99Ms)}; ${delayNote}; ${bulkNote}; peak RSS ${api.peakRssMb()} MB`);
      return [
        row(`bulk stall: cached GET /v1/products/:id/rating during bulks (1 API process, ${RATING_CONNECTIONS} conn paced at ${RATING_RATE} req/s, target p99 ≤ 50 ms)`, rating, api.peakRssMb(), bulkNote),
        row(`bulk stall: GET /health during bulks (paced ${HEALTH_RATE} req/s, target p99 ≤ 100 ms)`, health, api.peakRssMb(), 'same run'),
        { name: 'bulk stall: API event-loop delay during bulks', p50: ms(delay.p50), p99: ms(delay.p99), notes: `${delayNote}; ${delay.samples} samples` },
      ];
    } finally {
      await api.close();
    }
  } finally {
    await database.drop();
  }
}
