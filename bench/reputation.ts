/**
 * Reputation bench: 1,000,000 reviews over one year for 50 merchants (10 products each, 6 channels),
 * seeded with INSERT … SELECT generate_series (triggers and indexes on), with a score, an outcome
 * decision and, for about a third, a merchant reply each. Then one full rollup, then the merchant
 * dashboard read (a year of indicators + channel split) over HTTP, sequentially: target p99 ≤ 100 ms.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { ReputationRollupService } from '../src/reputation/reputation-rollup.service.js';
import { startBenchApi } from './bench-api.js';
import type { BenchResult } from './bench-result.js';

/** Overridable for a quick smoke run of the bench itself. */
const REVIEWS = Number(process.env.REPUTATION_BENCH_REVIEWS ?? 1_000_000);
const MERCHANTS = 50;
const PRODUCTS_PER_MERCHANT = 10;
const CHANNEL_TYPES = ['web', 'app', 'mini_program', 'social', 'live_stream', 'offline'];
const DAYS = 365;
const REQUESTS = 400;
const BATCH = 25_000;
const END = '2026-06-30T00:00:00Z';

const seconds = (t0: number): string => ((performance.now() - t0) / 1000).toFixed(1);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function seedCatalog(db: pg.Client): Promise<void> {
  await db.query(`INSERT INTO merchants (slug, name) SELECT 'bench-m' || g, 'Bench merchant ' || g FROM generate_series(1, ${MERCHANTS}) g`);
  await db.query(`INSERT INTO products (merchant_id, sku, name) SELECT m.id, 'sku-' || g, 'Product ' || g FROM merchants m, generate_series(1, ${PRODUCTS_PER_MERCHANT}) g`);
  await db.query(`INSERT INTO channels (code, type, name) SELECT 'bench-' || t, t, 'Bench ' || t FROM unnest($1::text[]) t`, [CHANNEL_TYPES]);
  await db.query(`INSERT INTO reviewers (channel_id, external_id, first_seen_at) SELECT c.id, 'u' || g, now() FROM channels c, generate_series(1, 200) g`);
}

/**
 * Deterministic pseudo-random spread from the row number: no random() so runs compare. In batches of
 * separate transactions: the rating-aggregate trigger updates one row per product for every review, and
 * within one huge transaction those rows' version chains grow without bound (quadratic); committed
 * batches let PostgreSQL prune them.
 */
async function seedReviews(streams: pg.Client[]): Promise<void> {
  // One stream per parity of the row number: products are g % 500, so the streams never touch the
  // same aggregate row and never wait on each other's row locks.
  await Promise.all(streams.map(async (db, parity) => {
    for (let first = 1; first <= REVIEWS; first += BATCH) await seedReviewBatch(db, first, Math.min(REVIEWS, first + BATCH - 1), parity, streams.length);
  }));
}

async function seedReviewBatch(db: pg.Client, first: number, last: number, parity: number, streams: number): Promise<void> {
  await db.query(`
    WITH p AS (SELECT id, merchant_id, row_number() OVER (ORDER BY id) - 1 AS i FROM products),
         c AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM channels),
         u AS (SELECT id, channel_id, row_number() OVER (PARTITION BY channel_id ORDER BY id) - 1 AS i FROM reviewers),
         g AS (SELECT g, ((g::bigint * 7919) % 100)::int AS h, $1::timestamptz - ((g % ${DAYS * 24 * 60}) * interval '1 minute') AS at FROM generate_series($2::int, $3::int) g WHERE g % $4::int = $5::int)
    INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, rating, body, verification, incentivized, incentive_type,
                         status, content_hash, submitted_at, received_at, updated_at)
    SELECT 'review', c.id, 'b' || g.g, p.id, p.merchant_id, u.id,
           CASE WHEN g.h < 6 THEN 1 WHEN g.h < 12 THEN 2 WHEN g.h < 22 THEN 3 WHEN g.h < 50 THEN 4 ELSE 5 END,
           'bench review body', CASE WHEN g.h % 3 = 0 THEN 'invitation' ELSE 'none' END, g.h % 17 = 0, CASE WHEN g.h % 17 = 0 THEN 'discount' END,
           CASE WHEN g.g % 100 < 90 THEN 'published' WHEN g.g % 100 < 94 THEN 'held' WHEN g.g % 100 < 97 THEN 'withheld' WHEN g.g % 100 < 99 THEN 'folded' ELSE 'removed' END,
           md5(g.g::text), g.at, g.at, g.at
      FROM g JOIN p ON p.i = g.g % ${MERCHANTS * PRODUCTS_PER_MERCHANT} JOIN c ON c.i = (g.g / 7) % ${CHANNEL_TYPES.length}
      JOIN u ON u.channel_id = c.id AND u.i = g.g % 200`, [END, first, last, streams, parity]);
}

async function seedFacts(db: pg.Client, other: pg.Client): Promise<void> {
  await Promise.all([seedScores(db), seedDecisionsAndReplies(other)]);
  await db.query('ANALYZE');
}

async function seedScores(db: pg.Client): Promise<void> {
  await db.query(`
    INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score, sentiment_confidence,
                               language, aspects, signals, verdict, priority, reason_codes, scored_at)
    SELECT id, 1, 'bench', 'bench', 0.1, CASE WHEN rating <= 2 THEN 'negative' WHEN rating = 3 THEN 'neutral' ELSE 'positive' END,
           (rating - 3) / 2.0, 0.9, 'en', CASE abs(hashtext(id::text)) % 4 WHEN 0 THEN ARRAY['quality'] WHEN 1 THEN ARRAY['logistics','price'] WHEN 2 THEN ARRAY['customer_service'] ELSE '{}'::text[] END,
           '[]', 'publish', 0, '{}', received_at + interval '2 seconds' FROM reviews`);
}

async function seedDecisionsAndReplies(db: pg.Client): Promise<void> {
  await db.query(`
    INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, automated, actor_type, created_at)
    SELECT id, status, 'scoring', status, CASE WHEN status IN ('withheld','removed') THEN 'fake_or_not_genuine' END, status IN ('published','withheld','held'),
           'system', received_at + (CASE WHEN status = 'published' THEN 5 ELSE 7200 END) * interval '1 second' FROM reviews`);
  await db.query(`
    INSERT INTO merchant_responses (review_id, merchant_id, visibility, state, current_version, published_version, publications, created_at, updated_at, published_at)
    SELECT id, merchant_id, 'public', 'published', 1, 1, 1, received_at + (abs(hashtext(id::text)) % 172800) * interval '1 second',
           received_at + interval '1 hour', received_at + interval '1 hour'
      FROM reviews WHERE status = 'published' AND abs(hashtext(id::text)) % 3 = 0`);
}

async function measure(baseUrl: string, key: string, path: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < REQUESTS + 50; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await res.json()) as { summary?: { volume: { received: number } } };
    if (res.status !== 200 || !body.summary) throw new Error(`dashboard answered ${res.status}`);
    if (i >= 50) latencies.push(performance.now() - t0); // first 50 warm the JIT and the buffer cache
  }
  return latencies.sort((a, b) => a - b);
}

export async function runReputationBench(): Promise<BenchResult[]> {
  const api = await startBenchApi({ REPUTATION_ROLLUP_EVERY_MS: '0' });
  const db = new pg.Client({ connectionString: api.databaseUrl });
  const second = new pg.Client({ connectionString: api.databaseUrl });
  await Promise.all([db.connect(), second.connect()]);
  try {
    const t0 = performance.now();
    await seedCatalog(db);
    await seedReviews([db, second]);
    await seedFacts(db, second);
    const seeded = seconds(t0);
    console.log(`[reputation] seeded ${REVIEWS} reviews (+ scores, decisions, replies) in ${seeded} s`);
    const t1 = performance.now();
    const outcome = await api.app.get(ReputationRollupService).run();
    const rolled = seconds(t1);
    console.log(`[reputation] rollup: ${outcome.days} days in ${rolled} s`);
    const merchant = (await db.query<{ id: string }>(`SELECT id FROM merchants WHERE slug = 'bench-m1'`)).rows[0].id;
    const key = (await api.keys.create({ role: 'merchant', label: 'bench merchant', merchantId: merchant })).key;
    const path = `/v1/reputation/indicators?scope=merchant&from=2025-07-01&to=2026-06-30`;
    const sorted = await measure(api.baseUrl, key, path);
    const p50 = quantile(sorted, 0.5);
    const p99 = quantile(sorted, 0.99);
    console.log(`[reputation] merchant dashboard: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target ≤ 100 ms)`);
    return [{
      name: 'reputation: merchant dashboard (365 days, 1M reviews)', p50: `${p50.toFixed(1)} ms`, p99: `${p99.toFixed(1)} ms`,
      throughput: `${Math.round(1000 / (sorted.reduce((s, v) => s + v, 0) / sorted.length))} req/s (sequential)`,
      peakRssMb: Math.round(process.memoryUsage().rss / 1e6),
      notes: `seed ${seeded} s; full rollup ${rolled} s for ${outcome.days} days; ${REQUESTS} sequential requests; target p99 ≤ 100 ms`,
    }];
  } finally {
    await Promise.all([db.end(), second.end()]);
    await api.close();
  }
}
