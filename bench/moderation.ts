import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { startBenchApi, type BenchApi } from './bench-api.js';

/** BENCH_QUICK=1 shortens the phases for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const HELD_ITEMS = 100_000;
const PRODUCTS = 200;
const REVIEWERS = 20_000;
const MODERATORS = 50;
const SECONDS = QUICK ? 5 : 20;
const SATURATION_SECONDS = QUICK ? 3 : 10;
/**
 * Pause between a moderator's round trips. A person reads an item for seconds; 100 ms per moderator is
 * already ~100x human pace (50 moderators ≈ 500 decisions/s offered) while keeping the measurement about
 * latency under that load rather than about queueing inside a saturated 2-core machine (reported separately).
 */
const THINK_MS = 100;

const log = (line: string): void => void process.stderr.write(`[bench:moderation] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const sleep = (millis: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, millis));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function call(api: BenchApi, key: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function mustCall(api: BenchApi, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await call(api, key, path, body);
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { id: string };
}

/** Catalog through the API; 100,000 held reviews and their open items with set-based SQL (the scorer's end state). */
async function seed(api: BenchApi): Promise<string[]> {
  const admin = (await api.keys.create({ role: 'admin', label: 'bench admin' })).key;
  const merchant = await mustCall(api, admin, '/v1/merchants', { slug: 'bench-mod', name: 'Bench Moderation' });
  const channel = await mustCall(api, admin, '/v1/channels', { code: 'bench-mod-web', type: 'web', name: 'Bench web' });
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO products (merchant_id, sku, name) SELECT $1, 'sku-' || g, 'Product ' || g FROM generate_series(1, $2) g`, [merchant.id, PRODUCTS]);
    await client.query(`INSERT INTO reviewers (channel_id, external_id, display_name, first_seen_at) SELECT $1, 'u-' || g, 'User ' || g, now() FROM generate_series(1, $2) g`, [channel.id, REVIEWERS]);
    await client.query(
      `INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, rating, title, body, language, verification, status,
                            content_hash, submitted_at, received_at, updated_at)
       SELECT 'review', $1, 'bench-' || g, p.ids[1 + g % $3], $2, rv.ids[1 + g % $4], 1 + g % 5, 'Bench review',
              'Arrived on time; the zipper broke after ' || g || ' days of use.', 'en', 'none', 'held', md5(g::text),
              now() - (g % 2880) * interval '1 minute', now() - (g % 2880) * interval '1 minute', now()
         FROM generate_series(1, $5) g, (SELECT array_agg(id) AS ids FROM products) p, (SELECT array_agg(id) AS ids FROM reviewers) rv`,
      [channel.id, merchant.id, PRODUCTS, REVIEWERS, HELD_ITEMS],
    );
    await client.query(
      `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
       SELECT id, 'open', abs(hashtext(id::text)) % 101, '{near_duplicate}', (abs(hashtext(external_id)) % 100) / 100.0, 'scoring', received_at
         FROM reviews WHERE status = 'held'`,
    );
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return Promise.all(Array.from({ length: MODERATORS }, async (_, n) => (await api.keys.create({ role: 'moderator', label: `bench moderator ${n}` })).key));
}

const DECISIONS = [
  { action: 'approve' }, { action: 'approve' }, { action: 'approve' }, { action: 'remove', reasonCode: 'spam' },
  { action: 'fold', reasonCode: 'incentivised_undisclosed' }, { action: 'hide', reasonCode: 'fake_or_not_genuine' },
];

interface Tally { latencies: number[]; decisions: number; empty: number; errors: number }

/** One moderator: claim the best item, decide it, think, repeat until the deadline. */
async function moderator(api: BenchApi, key: string, deadline: number, thinkMs: number, tally: Tally): Promise<void> {
  let n = 0;
  while (performance.now() < deadline) {
    const started = performance.now();
    const claimed = await call(api, key, '/v1/moderation/claims', { count: 1 });
    const item = (claimed.json.items as { id: string; version: number }[] | undefined)?.[0];
    if (claimed.status !== 200 || !item) {
      tally[claimed.status === 200 ? 'empty' : 'errors'] += 1;
      continue;
    }
    const decided = await call(api, key, `/v1/moderation/items/${item.id}/decisions`, { ...DECISIONS[n % DECISIONS.length], version: item.version });
    n += 1;
    if (decided.status !== 201) tally.errors += 1;
    else {
      tally.latencies.push(performance.now() - started);
      tally.decisions += 1;
    }
    if (thinkMs > 0) await sleep(thinkMs * (0.5 + Math.random()));
  }
}

async function phase(api: BenchApi, keys: string[], seconds: number, thinkMs: number, name: string): Promise<BenchResult> {
  const tally: Tally = { latencies: [], decisions: 0, empty: 0, errors: 0 };
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(keys.map((key) => moderator(api, key, deadline, thinkMs, tally)));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  log(`${name}: ${tally.decisions} decisions in ${elapsed.toFixed(1)} s, p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, errors ${tally.errors}`);
  if (tally.errors > 0) throw new Error(`${name}: ${tally.errors} failed round trips`);
  return {
    name, throughput: `${Math.round(tally.decisions / elapsed)} decisions/s`, p50: ms(percentile(sorted, 50)), p99: ms(percentile(sorted, 99)), peakRssMb: peakRssMb(),
    notes: `${keys.length} moderators, claim(count 1)+decide over HTTP, think ${thinkMs ? `${thinkMs / 2}–${thinkMs * 1.5} ms` : 'none'}, ${seconds} s, empty claims ${tally.empty}`,
  };
}

export async function runModerationBench(): Promise<BenchResult[]> {
  const api = await startBenchApi({ DB_POOL_SIZE: '60' });
  try {
    const seedStart = performance.now();
    const keys = await seed(api);
    log(`seeded ${HELD_ITEMS} held items in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const paced = await phase(api, keys, SECONDS, THINK_MS, 'moderation: claim+decide');
    const saturated = await phase(api, keys, SATURATION_SECONDS, 0, 'moderation: claim+decide, no think time (capacity)');
    return [paced, saturated, { name: 'moderation: conditions', notes: `${HELD_ITEMS} held items, ${PRODUCTS} products; API and clients share one process on ${process.env.BENCH_CORES ?? 'this'} machine` }];
  } finally {
    await api.close();
  }
}
