import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import type { BenchResult } from './bench-result.js';
import { withFreshDeployment, type ApiProcesses } from './api-processes.js';
import { API_NODE_FLAGS } from '../src/api-node-flags.js';
import type { ClientJob, ClientTally } from './moderation-client.js';
import { percentile } from './percentile.js';

/** BENCH_QUICK=1 shortens the phases for profiling iterations; reported figures use the full durations. */
const QUICK = process.env.BENCH_QUICK === '1';
const HELD_ITEMS = 100_000;
const PRODUCTS = 200;
const REVIEWERS = 20_000;
const MODERATORS = 50;
const SECONDS = QUICK ? 5 : 20;
const SATURATION_SECONDS = QUICK ? 3 : 10;
/**
 * Mean pause while a moderator reads an item (uniform 50–150 ms). A person takes 10–60 s per item, so 50 people
 * decide 1–5 items/s; 100 ms is ~100–600x that pace (50 moderators offer up to ~500 decisions/s). It keeps the
 * measurement about latency under a heavy but unsaturated load; the capacity phases (no pause) are reported
 * separately and show what the machine can do when every moderator fires back to back.
 */
const THINK_MS = 100;
/**
 * API connection pool. Each round trip is one or two statements now, so a few connections keep PostgreSQL's
 * 2 cores busy; more only add backends competing for them (measured: see the bench notes).
 */
const POOL_SIZE = process.env.MODERATION_BENCH_POOL ?? '8';
const SETTLE_MS = 2_000;
const CLIENT_MODULE = new URL('./moderation-client.js', import.meta.url);

const log = (line: string): void => void process.stderr.write(`[bench:moderation] ${line}\n`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

async function call(api: ApiProcesses, key: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${api.baseUrl}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function mustCall(api: ApiProcesses, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await call(api, key, path, body);
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.json)}`);
  return res.json as { id: string };
}

/** Catalog through the API; 100,000 held reviews and their open items with set-based SQL (the scorer's end state). */
async function seed(api: ApiProcesses): Promise<string[]> {
  const admin = await api.createKey('admin');
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
    // A queue that has been live for a while is vacuumed; a just bulk-loaded one would have autovacuum
    // sweeping 200,000 fresh rows through the first measured phase.
    await client.query('VACUUM (ANALYZE) reviews, moderation_items');
    // …and its bulk load long since checkpointed, not flushed while the first phase runs.
    await client.query('CHECKPOINT');
  } finally {
    await client.end();
  }
  return Promise.all(Array.from({ length: MODERATORS }, () => api.createKey('moderator')));
}

/** The 50 moderators in one worker thread (separate event loop from the API), kept for all phases of a deployment. */
class Moderators {
  private readonly worker = new Worker(CLIENT_MODULE);

  /** Runs one phase; resolves with its tally. */
  public run(job: ClientJob): Promise<ClientTally> {
    return new Promise<ClientTally>((resolve, reject) => {
      const onError = (error: Error): void => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (m: { ok: true; tally: ClientTally } | { ok: false; error: string }) => {
        this.worker.off('error', onError);
        if (m.ok) resolve(m.tally);
        else reject(new Error(m.error));
      });
      this.worker.postMessage(job);
    });
  }

  public async close(): Promise<void> {
    await this.worker.terminate();
  }
}

const MODES = {
  pair: 'POST /claims (count 1) then POST …/decisions; round trip = both requests, think time between them excluded',
  combined: 'POST …/decisions with claimNext: one request decides the item and claims the next',
} as const;

async function phase(
  moderators: Moderators, api: ApiProcesses, keys: string[], mode: ClientJob['mode'], seconds: number, thinkMs: number, name: string,
): Promise<BenchResult> {
  // The previous phase's aftermath (its last responses, WAL flush, garbage) settles before this one is timed.
  await sleep(SETTLE_MS);
  const tally = await moderators.run({ baseUrl: api.baseUrl, keys, seconds, thinkMs, mode });
  const sorted = [...tally.latencies].sort((a, b) => a - b);
  log(`${name}: ${tally.decisions} decisions in ${tally.elapsedSeconds.toFixed(1)} s, p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, errors ${tally.errors}`);
  if (tally.errors > 0) throw new Error(`${name}: ${tally.errors} failed requests, e.g. ${tally.errorSamples.join('; ')}`);
  return {
    name, throughput: `${Math.round(tally.decisions / tally.elapsedSeconds)} decisions/s`, p50: ms(percentile(sorted, 50)), p99: ms(percentile(sorted, 99)),
    peakRssMb: api.peakRssMb(),
    notes: `${keys.length} moderators, ${MODES[mode]}; think ${thinkMs ? `${thinkMs / 2}–${thinkMs * 1.5} ms` : 'none'}; ${seconds} s; max ${ms(sorted[sorted.length - 1] ?? 0)}; empty claims ${tally.empty}`,
  };
}

/** One deployment (API_PROCESSES = `processes`) on its own freshly seeded database: paced and capacity phases. */
function deployment(processes: number): Promise<BenchResult[]> {
  return withFreshDeployment(processes, { DB_POOL_SIZE: POOL_SIZE }, async (api) => {
    const seedStart = performance.now();
    const keys = await seed(api);
    const { label } = api;
    log(`${label}: seeded ${HELD_ITEMS} held items in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; DB_POOL_SIZE ${POOL_SIZE} per process`);
    const moderators = new Moderators();
    try {
      // JIT, pool and plan caches (each connection prepares each statement) warm up outside the measured phases, on both request shapes.
      await moderators.run({ baseUrl: api.baseUrl, keys, seconds: 3, thinkMs: 0, mode: 'pair' });
      await moderators.run({ baseUrl: api.baseUrl, keys, seconds: 3, thinkMs: 0, mode: 'combined' });
      return [
        await phase(moderators, api, keys, 'pair', SECONDS, THINK_MS, `moderation: claim+decide (paced, ${label})`),
        await phase(moderators, api, keys, 'combined', SECONDS, THINK_MS, `moderation: decide+claimNext (paced, ${label})`),
        await phase(moderators, api, keys, 'pair', SATURATION_SECONDS, 0, `moderation: claim+decide, no think time (capacity, ${label})`),
        await phase(moderators, api, keys, 'combined', SATURATION_SECONDS, 0, `moderation: decide+claimNext, no think time (capacity, ${label})`),
      ];
    } finally {
      await moderators.close();
    }
  });
}

/** The 50 moderators run in a worker thread (separate event loop from the API) against the API as deployed, with 2 and 1 HTTP processes. */
export async function runModerationBench(): Promise<BenchResult[]> {
  const results = [...await deployment(2), ...await deployment(1)];
  return [...results, {
    name: 'moderation: conditions',
    notes: `${HELD_ITEMS} held items, ${PRODUCTS} products; API as deployed (node ${API_NODE_FLAGS.join(' ')} dist/src/main.js, API_PROCESSES HTTP processes on one port, DB_POOL_SIZE ${POOL_SIZE} each), `
      + `moderators in one worker thread of the bench process for all phases (own event loop, node:http keep-alive, one socket each), each starting `
      + `within its first think time; each phase starts ${SETTLE_MS / 1000} s after the previous one; PostgreSQL, API and clients share ${process.env.BENCH_CORES ?? 'this'} machine`,
  }];
}
