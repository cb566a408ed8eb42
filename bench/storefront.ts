import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { startApiProcesses } from './api-processes.js';
import { createBenchDatabase } from './bench-api.js';
import { failuresOf, runHttpLoad } from './http-load.js';
import { API_NODE_FLAGS } from '../src/api-node-flags.js';
import type { StorefrontRequestData } from './storefront-requests.js';

/** BENCH_QUICK=1 shortens the runs for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 100_000;
const PRODUCTS_WITH_REVIEWS = 2_000;
const REVIEWS_PER_PRODUCT = 10;
const CONNECTIONS = 100;
const SECONDS = QUICK ? 5 : 15;
const REQUEST_MODULE = new URL('./storefront-requests.js', import.meta.url).href;

/** What StorefrontCacheWarmer logs when a process's warm-up is done. */
export const WARMED_LINE = 'storefront cache warmed with';

export interface Seeded {
  all: string[];
  reviewed: string[];
}

const log = (line: string): void => void process.stderr.write(`[bench:storefront] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

/**
 * 100,000 products with aggregates, all in SQL: 2,000 of them get 10 published reviews
 * (the aggregate trigger builds their rows, as in production); the rest get aggregate rows directly.
 */
export async function seed(databaseUrl: string, products = PRODUCTS, productsWithReviews = PRODUCTS_WITH_REVIEWS): Promise<Seeded> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO merchants (id, slug, name, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'bench', 'Bench', now())`);
    await client.query(`INSERT INTO channels (id, code, type, name, created_at) VALUES ('00000000-0000-4000-8000-000000000002', 'bench-web', 'web', 'Bench web', now())`);
    await client.query(`INSERT INTO products (merchant_id, sku, name, created_at)
      SELECT '00000000-0000-4000-8000-000000000001', 'sku-' || g, 'Product ' || g, now() FROM generate_series(1, ${products}) g`);
    await client.query(`INSERT INTO reviewers (channel_id, external_id, display_name, first_seen_at)
      SELECT '00000000-0000-4000-8000-000000000002', 'u-' || g, 'Reviewer ' || g, now() FROM generate_series(1, 5000) g`);
    await client.query(`
      WITH p AS (SELECT id, row_number() OVER (ORDER BY sku) AS n FROM products ORDER BY sku LIMIT ${productsWithReviews}),
           u AS (SELECT id, row_number() OVER (ORDER BY external_id) AS n FROM reviewers)
      INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, rating, title, body, verification, incentivized,
                           content_hash, submitted_at, received_at, updated_at, status)
      SELECT 'review', '00000000-0000-4000-8000-000000000002', 'r-' || p.n || '-' || k, p.id, '00000000-0000-4000-8000-000000000001', u.id,
             1 + ((p.n * 7 + k * 3) % 5), 'Title ' || k, 'Bench review body number ' || k || ' for product ' || p.n || ', long enough to look real.',
             CASE WHEN k % 3 = 0 THEN 'none' ELSE 'invitation' END, k % 7 = 0, md5(p.n || '-' || k),
             now() - (k || ' days')::interval, now() - (k || ' days')::interval, now(), 'published'
        FROM p CROSS JOIN generate_series(1, ${REVIEWS_PER_PRODUCT}) k JOIN u ON u.n = 1 + ((p.n * ${REVIEWS_PER_PRODUCT} + k) % 5000)`);
    await client.query(`INSERT INTO product_rating_aggregates (product_id, rating_count, rating_sum, count1, count2, count3, count4, count5,
        verified_count, verified_sum, incentivized_count, recency_weight, recency_weighted_sum, version, updated_at)
      SELECT id, 20, 80, 1, 1, 2, 6, 10, 12, 50, 1, 20, 80, 1, now() FROM products ON CONFLICT (product_id) DO NOTHING`);
    await client.query('ANALYZE');
    const all = (await client.query<{ id: string }>('SELECT id FROM products')).rows.map((r) => r.id);
    const reviewed = (await client.query<{ id: string }>('SELECT DISTINCT product_id AS id FROM reviews')).rows.map((r) => r.id);
    return { all, reviewed };
  } finally {
    await client.end();
  }
}

/** Target throughputs of the issue; the paced runs offer exactly this load and report its latency. */
const RATING_TARGET = 15_000;
const REVIEWS_TARGET = 5_000;

async function run(baseUrl: string, key: string, name: string, template: string, productIds: string[], peakRssMb: () => number | undefined,
  ratePerSecond?: number): Promise<BenchResult> {
  const requestData: StorefrontRequestData = { template, productIds };
  const result = await runHttpLoad({
    baseUrl, connections: CONNECTIONS, ratePerSecond, warmupSeconds: 3, seconds: SECONDS,
    headers: { authorization: `Bearer ${key}` }, requestModule: REQUEST_MODULE, requestData,
  });
  const failed = failuresOf(result);
  log(`${name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}, ${failed} failed ${result.errorSamples.join('; ')}`);
  return {
    name, throughput: `${Math.round(result.requestsPerSecond).toLocaleString('en')} req/s`, p50: ms(result.p50Ms), p99: ms(result.p99Ms),
    peakRssMb: peakRssMb(), notes: `${(result.statuses['200'] ?? 0).toLocaleString('en')} × 200 in ${result.elapsedSeconds.toFixed(0)} s after 3 s warm-up; ${failed} failed; max ${ms(result.maxMs)}`,
  };
}

/**
 * One API deployment (cache on/off, 1 or more HTTP processes) over the seeded database, both endpoints:
 * capacity (closed loop: every connection sends again as soon as it is answered, so latency is mostly
 * queueing behind the other 99), and with the cache also paced at the target rate (latency from each
 * request's scheduled send time, so a stall is charged for everything it held back).
 */
async function phase(databaseUrl: string, seeded: Seeded, cache: 'on' | 'off', processes: number): Promise<BenchResult[]> {
  const api = await startApiProcesses(databaseUrl, processes, cache === 'on' ? WARMED_LINE : 'API listening on', {
    RATINGS_CACHE: cache, RATING_PRIOR_MEAN: '4', RATINGS_CACHE_WARM_PRODUCTS: String(PRODUCTS),
  });
  try {
    if (cache === 'on') log(`${processes} API process(es) up; warm-up: ${api.readyLines.map((line) => /warmed with .*? ms/.exec(line)?.[0] ?? line).join('; ')}`);
    const key = await api.createKey('storefront');
    const label = `${cache === 'on' ? 'cached' : 'RATINGS_CACHE=off'}, ${api.label}`;
    const rating = (rate?: number): Promise<BenchResult> => run(api.baseUrl, key,
      `storefront: GET /v1/products/:id/rating (${label}, ${CONNECTIONS} conn, 100k products, ${rate ? `paced at ${rate.toLocaleString('en')} req/s` : 'capacity'})`,
      '/v1/products/{id}/rating', seeded.all, api.peakRssMb, rate);
    const reviews = (rate?: number): Promise<BenchResult> => run(api.baseUrl, key,
      `storefront: GET /v1/products/:id/reviews (${label}, ${CONNECTIONS} conn, ${PRODUCTS_WITH_REVIEWS.toLocaleString('en')} products × ${REVIEWS_PER_PRODUCT}, ${rate ? `paced at ${rate.toLocaleString('en')} req/s` : 'capacity'})`,
      '/v1/products/{id}/reviews?limit=10', seeded.reviewed, api.peakRssMb, rate);
    if (cache === 'off') return [await rating(), await reviews()];
    return [await rating(), await rating(RATING_TARGET), await reviews(), await reviews(REVIEWS_TARGET)];
  } finally {
    await api.close();
  }
}

/**
 * Storefront read path with and without the in-process cache, on one seeded database. The API runs
 * as deployed (`npm run start:api`'s command) with API_PROCESSES=2 — one HTTP process per core of this
 * machine — and, for comparison, with a single process.
 */
export async function runStorefrontBench(): Promise<BenchResult[]> {
  const database = await createBenchDatabase(true);
  try {
    log(`seeding ${PRODUCTS.toLocaleString('en')} products…`);
    const seeded = await seed(database.url);
    const results = [
      ...await phase(database.url, seeded, 'on', 2),
      ...await phase(database.url, seeded, 'on', 1),
      ...await phase(database.url, seeded, 'off', 2),
    ];
    const context = `API as deployed (node ${API_NODE_FLAGS.join(' ')} dist/src/main.js; API_PROCESSES HTTP processes share the port via node:cluster); load client (bench/http-load-client.ts: `
      + 'raw keep-alive HTTP/1.1 sockets, one request in flight each, in a worker thread of the bench process) shares the 2 cores with the API and PostgreSQL; '
      + 'uniformly random product per request; capacity = closed loop, paced = fixed schedule per connection with latency from the scheduled time (wrk2-style); cached = rendered JSON in each process\'s memory, invalidated by LISTEN/NOTIFY, hits answered in a Fastify onRequest hook after the same key/role/rate-limit checks, '
      + 'ratings warmed at start (RATINGS_CACHE_WARM_PRODUCTS), review pages filled during the 3 s warm-up; off = one PK read (product ⟕ aggregate) or one list query per request through the full Nest pipeline; '
      + 'peak RSS = API primary + HTTP processes.';
    return [...results, { name: 'storefront: conditions', notes: context }];
  } finally {
    await database.drop();
  }
}
