import autocannon from 'autocannon';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { StorefrontCacheWarmer } from '../src/ratings/storefront-cache-warmer.js';
import { startBenchApi, type BenchApi } from './bench-api.js';

/** BENCH_QUICK=1 shortens the runs for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const PRODUCTS = 100_000;
const PRODUCTS_WITH_REVIEWS = 2_000;
const REVIEWS_PER_PRODUCT = 10;
const CONNECTIONS = 100;
const SECONDS = QUICK ? 5 : 15;
const SETUP_REQUEST_MODULE = fileURLToPath(new URL('./storefront-request.cjs', import.meta.url));

const log = (line: string): void => void process.stderr.write(`[bench:storefront] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * 100,000 products with aggregates, all in SQL: 2,000 of them get 10 published reviews
 * (the aggregate trigger builds their rows, as in production); the rest get aggregate rows directly.
 */
async function seed(databaseUrl: string): Promise<{ all: string[]; reviewed: string[] }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO merchants (id, slug, name, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'bench', 'Bench', now())`);
    await client.query(`INSERT INTO channels (id, code, type, name, created_at) VALUES ('00000000-0000-4000-8000-000000000002', 'bench-web', 'web', 'Bench web', now())`);
    await client.query(`INSERT INTO products (merchant_id, sku, name, created_at)
      SELECT '00000000-0000-4000-8000-000000000001', 'sku-' || g, 'Product ' || g, now() FROM generate_series(1, ${PRODUCTS}) g`);
    await client.query(`INSERT INTO reviewers (channel_id, external_id, display_name, first_seen_at)
      SELECT '00000000-0000-4000-8000-000000000002', 'u-' || g, 'Reviewer ' || g, now() FROM generate_series(1, 5000) g`);
    await client.query(`
      WITH p AS (SELECT id, row_number() OVER (ORDER BY sku) AS n FROM products ORDER BY sku LIMIT ${PRODUCTS_WITH_REVIEWS}),
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

async function run(api: BenchApi, key: string, name: string, template: string, productIds: string[]): Promise<BenchResult> {
  const options = (seconds: number): Parameters<typeof autocannon>[0] => ({
    url: api.baseUrl, connections: CONNECTIONS, duration: seconds, workers: 1, timeout: 30,
    requests: [{ method: 'GET', setupRequest: SETUP_REQUEST_MODULE, template, productIds, headers: { authorization: `Bearer ${key}` } }],
  });
  await autocannon(options(3));
  const result = await autocannon(options(SECONDS));
  const failed = result.errors + result.timeouts + result.non2xx;
  log(`${name}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${failed} failed`);
  return {
    name, throughput: `${Math.round(result.requests.average).toLocaleString('en')} req/s`, p50: ms(result.latency.p50), p99: ms(result.latency.p99),
    peakRssMb: peakRssMb(), notes: `${result['2xx'].toLocaleString('en')} × 200 in ${result.duration.toFixed(0)} s after 3 s warm-up; ${failed} failed; max ${ms(result.latency.max)}`,
  };
}

async function phase(cache: 'on' | 'off', seeded?: { all: string[]; reviewed: string[] }): Promise<{ results: BenchResult[]; seeded: { all: string[]; reviewed: string[] } }> {
  const api = await startBenchApi({ RATINGS_CACHE: cache, RATING_PRIOR_MEAN: '4' });
  try {
    log(`cache ${cache}: API on ${api.baseUrl}, seeding ${PRODUCTS.toLocaleString('en')} products…`);
    const ids = await seed(api.databaseUrl);
    if (cache === 'on') {
      // What the API's start-up warm-up does on a restart over this catalogue (the bench seeds after start).
      const warmStart = Date.now();
      const warmed = await api.app.get(StorefrontCacheWarmer).warm(PRODUCTS);
      log(`warm-up rendered ${warmed.toLocaleString('en')} ratings in ${Date.now() - warmStart} ms`);
    }
    const key = (await api.keys.create({ role: 'storefront', label: 'bench storefront' })).key;
    const label = cache === 'on' ? 'cached' : 'RATINGS_CACHE=off';
    const results = [
      await run(api, key, `storefront: GET /v1/products/:id/rating (${label}, ${CONNECTIONS} conn, 100k products)`, '/v1/products/{id}/rating', ids.all),
      await run(api, key, `storefront: GET /v1/products/:id/reviews (${label}, ${CONNECTIONS} conn, ${PRODUCTS_WITH_REVIEWS.toLocaleString('en')} products × ${REVIEWS_PER_PRODUCT})`, '/v1/products/{id}/reviews?limit=10', ids.reviewed),
    ];
    return { results, seeded: seeded ?? ids };
  } finally {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await api.close();
  }
}

/** Storefront read path with and without the in-process cache, each on a fresh database. */
export async function runStorefrontBench(): Promise<BenchResult[]> {
  const cached = await phase('on');
  const uncached = await phase('off');
  const context = 'Load client (autocannon, 1 worker thread) shares the 2 cores with the API and PostgreSQL; uniformly random product per request; '
    + 'cached = rendered JSON in process memory, invalidated by LISTEN/NOTIFY, hits answered in a Fastify onRequest hook after the same key/role/rate-limit checks, '
    + 'ratings warmed at start (RATINGS_CACHE_WARM_PRODUCTS), review pages filled by the 3 s warm-up run; off = one PK read (product ⟕ aggregate) or one list query per request through the full Nest pipeline.';
  return [...cached.results, ...uncached.results, { name: 'storefront: conditions', notes: context }];
}
