import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createBenchDatabase } from './bench-api.js';
import type { BenchResult } from './bench-result.js';
import { bulkBody, reviewFragments } from './intake-fixtures.js';
import { sampled, stageCosts } from './pipeline-profile.js';
import { generateApiKey, hashSecret } from '../src/common/auth/api-key-format.js';

/**
 * `npm run bench -- pipeline` (issue 19): `npm start`'s topology (the launcher with one API process and one worker)
 * on a fresh database; bulk intake of PIPELINE_REVIEWS reviews (default 20,000) in requests of 2,000 on 400
 * products, then waits until every one is scored. PIPELINE_STORED=N first stores N decided reviews with SQL
 * (generate_series), for the "with 1,000,000 already stored" figure. Wall-clock is reported but is only meaningful
 * on an idle machine; CPU seconds per 1,000 reviews (from /proc), commits and rows written per review
 * (pg_stat_database / pg_stat_user_tables) and the worker's self CPU per stage (--cpu-prof) do not depend on load.
 */
const REVIEWS = Number(process.env.PIPELINE_REVIEWS ?? 20_000);
const STORED = Number(process.env.PIPELINE_STORED ?? 0);
const BULK = 2_000;
const PRODUCTS = 400;
const PORT = Number(process.env.PIPELINE_PORT ?? 4410);
const START = fileURLToPath(new URL('../src/start.js', import.meta.url));
const TICKS_PER_SECOND = 100;

const log = (line: string): void => void process.stderr.write(`[bench:pipeline] ${line}\n`);

/** utime + stime of `pid` and its descendants, in seconds (Linux /proc). */
async function cpuSecondsOfTree(pid: number): Promise<number> {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')).split(') ')[1]?.split(' ') ?? [];
  const own = (Number(stat[11] ?? 0) + Number(stat[12] ?? 0)) / TICKS_PER_SECOND;
  const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '')).trim().split(/\s+/).filter(Boolean).map(Number);
  let total = own;
  for (const child of children) total += await cpuSecondsOfTree(child);
  return total;
}

async function childrenOf(pid: number): Promise<{ pid: number; cmd: string }[]> {
  const pids = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean).map(Number);
  return Promise.all(pids.map(async (p) => ({ pid: p, cmd: (await readFile(`/proc/${p}/cmdline`, 'utf8')).replaceAll('\0', ' ') })));
}

async function post(baseUrl: string, key: string, path: string, body: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body });
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function createKey(db: pg.Client, pepper: string, role: string, channelId: string | null = null): Promise<string> {
  const generated = generateApiKey();
  await db.query('INSERT INTO api_keys (prefix, secret_hash, role, label, channel_id, principal_id) VALUES ($1, $2, $3, $4, $5, gen_random_uuid())',
    [generated.prefix, hashSecret(pepper, generated.secret), role, `bench ${role}`, channelId]);
  return generated.key;
}

/** Merchant, channel and products listed on it, through the API; returns the channel's SKUs and ids. */
async function seedCatalog(baseUrl: string, adminKey: string): Promise<{ channelId: string; merchantId: string; skus: string[] }> {
  const merchant = (await post(baseUrl, adminKey, '/v1/merchants', JSON.stringify({ slug: 'bench-pipeline', name: 'Bench Pipeline' }))) as { id: string };
  const channel = (await post(baseUrl, adminKey, '/v1/channels', JSON.stringify({ code: 'bench-pipe', type: 'web', name: 'Bench mall' }))) as { id: string };
  const skus = Array.from({ length: PRODUCTS }, (_, n) => `sku-${n}`);
  for (let start = 0; start < skus.length; start += 20) {
    await Promise.all(skus.slice(start, start + 20).map(async (sku) => {
      const product = (await post(baseUrl, adminKey, '/v1/products', JSON.stringify({ merchantId: merchant.id, sku, name: `Product ${sku}` }))) as { id: string };
      await post(baseUrl, adminKey, '/v1/channel-listings', JSON.stringify({ channel: 'bench-pipe', externalSku: `W-${sku}`, productId: product.id }));
    }));
  }
  return { channelId: channel.id, merchantId: merchant.id, skus: skus.map((s) => `W-${s}`) };
}

/**
 * N decided (published) reviews by N/4 reviewers over the catalogue's products, written with generate_series in
 * chunks, not through the API. They carry no fingerprints or band rows: the stored set loads the reviews table,
 * its indexes and the rating triggers, not the LSH buckets (band keys of generated text would not be realistic).
 */
async function seedStored(db: pg.Client, channelId: string, merchantId: string, count: number): Promise<void> {
  const reviewers = Math.max(1, Math.floor(count / 4));
  await db.query(`INSERT INTO reviewers (channel_id, external_id, display_name, first_seen_at)
    SELECT $1, 'stored-' || g, 'Stored ' || g, now() - interval '400 days' FROM generate_series(1, $2::int) g`, [channelId, reviewers]);
  for (let from = 1; from <= count; from += 100_000) {
    const to = Math.min(count, from + 99_999);
    await db.query(`WITH rv AS (SELECT array_agg(id ORDER BY external_id) AS ids FROM reviewers WHERE external_id LIKE 'stored-%'),
        p AS (SELECT array_agg(id ORDER BY id) AS ids FROM products)
      INSERT INTO reviews (kind, channel_id, external_id, product_id, merchant_id, reviewer_id, rating, title, body, language, verification,
                           status, content_hash, submitted_at, received_at, updated_at)
      SELECT 'review', $1, 'stored-' || g, p.ids[1 + g % array_length(p.ids, 1)], $2, rv.ids[1 + g % array_length(rv.ids, 1)], 1 + g % 5,
             'Stored review', (ARRAY['Arrived early and works as described.', 'The fabric feels sturdier than the photos suggest.',
               '物流很快，包装完好无损。', 'Battery life is closer to six hours than advertised.'])[1 + g % 4] || ' #' || g,
             CASE WHEN g % 3 = 0 THEN 'zh-CN' ELSE 'en' END, 'none', 'published', md5('stored' || g),
             now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day', now()
        FROM generate_series($3::int, $4::int) g, rv, p`, [channelId, merchantId, from, to]);
    log(`stored ${to} reviews`);
  }
  await db.query('ANALYZE');
}

interface DbCounters {
  commits: number;
  tables: Map<string, number>;
}

async function dbCounters(db: pg.Client, dbName: string): Promise<DbCounters> {
  const [stats] = (await db.query<{ xact_commit: string }>('SELECT xact_commit FROM pg_stat_database WHERE datname = $1', [dbName])).rows;
  const tables = await db.query<{ name: string; writes: string }>(
    `SELECT schemaname || '.' || relname AS name, n_tup_ins + n_tup_upd + n_tup_del AS writes FROM pg_stat_user_tables`);
  return { commits: Number(stats.xact_commit), tables: new Map(tables.rows.map((r) => [r.name, Number(r.writes)])) };
}

/**
 * CPU seconds by PostgreSQL backend pid of the bench database's other connections (/proc: the server runs on this
 * machine). The pools keep their connections for the run; a backend that exits in between takes its CPU with it.
 */
async function backendCpu(db: pg.Client, dbName: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
  return new Map(await Promise.all(rows.map(async ({ pid }) => [pid, await cpuSecondsOfTree(pid)] as const)));
}

async function scoredCount(db: pg.Client): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM reviews WHERE external_id LIKE 'pipe-%' AND status IN ('published', 'held', 'withheld')`);
  return Number(rows[0].n);
}

export async function runPipelineBench(): Promise<BenchResult[]> {
  if (await fetch(`http://127.0.0.1:${PORT}/health`).then(() => true, () => false)) throw new Error(`port ${PORT} is taken (PIPELINE_PORT to change)`);
  const database = await createBenchDatabase(true);
  const dbName = new URL(database.url).pathname.slice(1);
  const profileDir = await mkdtemp(join(tmpdir(), 'candor-pipeline-prof-'));
  const pepper = randomBytes(24).toString('hex');
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  // The launcher forks the worker with its own node flags (fork's default execArgv), so the worker writes a CPU
  // profile when it exits gracefully; NODE_OPTIONS may not carry --cpu-prof.
  const launcher = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, START], {
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', DATABASE_URL: database.url, HOST: '127.0.0.1',
      PORT: String(PORT), API_KEY_PEPPER: pepper, LOG_LEVEL: 'warn', RATE_LIMIT_PER_SECOND: '0', QUEUE_PREFIX: `pipe${randomBytes(3).toString('hex')}`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
  try {
    const baseUrl = `http://127.0.0.1:${PORT}`;
    for (let ready = false; !ready;) {
      ready = await fetch(`${baseUrl}/health`).then((r) => r.status < 500, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 500));
    }
    const admin = await createKey(db, pepper, 'admin');
    const catalog = await seedCatalog(baseUrl, admin);
    if (STORED > 0) await seedStored(db, catalog.channelId, catalog.merchantId, STORED);
    const channelKey = await createKey(db, pepper, 'channel', catalog.channelId);
    const fragments = reviewFragments(Math.min(REVIEWS, 5_000), catalog.skus);
    const bodies = Array.from({ length: Math.ceil(REVIEWS / BULK) }, (_, i) => bulkBody(fragments, 'pipe', i * BULK, Math.min(BULK, REVIEWS - i * BULK)));
    const processes = await childrenOf(launcher.pid as number);
    const worker = processes.find((p) => p.cmd.includes('worker.js'));
    const api = processes.find((p) => p.cmd.includes('main.js'));
    if (!worker || !api) throw new Error(`API and worker processes not found: ${JSON.stringify(processes)}`);
    const cpuBefore = { api: await cpuSecondsOfTree(api.pid), worker: await cpuSecondsOfTree(worker.pid) };
    const before = await dbCounters(db, dbName);
    const backendsBefore = await backendCpu(db, dbName);
    const started = performance.now();
    for (const body of bodies) await post(baseUrl, channelKey, '/v1/reviews:bulk', body);
    const intakeSeconds = (performance.now() - started) / 1000;
    log(`intake of ${REVIEWS} done in ${intakeSeconds.toFixed(1)} s; waiting for scores`);
    for (let scored = 0; scored < REVIEWS;) {
      await new Promise((r) => setTimeout(r, 500));
      scored = await scoredCount(db);
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = { api: (await cpuSecondsOfTree(api.pid)) - cpuBefore.api, worker: (await cpuSecondsOfTree(worker.pid)) - cpuBefore.worker };
    const postgres = [...(await backendCpu(db, dbName))].reduce((sum, [pid, seconds]) => sum + seconds - (backendsBefore.get(pid) ?? 0), 0);
    await new Promise((r) => setTimeout(r, 1_500)); // statistics are flushed about once a second
    const after = await dbCounters(db, dbName);
    const perReview = (n: number): string => (n / REVIEWS).toFixed(2);
    const tableWrites = [...after.tables].map(([name, n]) => [name, n - (before.tables.get(name) ?? 0)] as const).filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${perReview(n)}`).join(', ');
    launcher.kill('SIGTERM');
    await exited;
    const stages = await stageCosts(profileDir, sampled(/scoring\.processor|batch-scoring/));
    const perThousand = (ms: number): string => `${((ms / REVIEWS) * 1000 / 1000).toFixed(2)} s`;
    const label = `pipeline ${REVIEWS.toLocaleString('en')} reviews${STORED > 0 ? `, ${STORED.toLocaleString('en')} stored` : ''}`;
    return [
      {
        name: label, throughput: `${(REVIEWS / seconds).toFixed(0)} reviews/s end to end (intake ${(REVIEWS / intakeSeconds).toFixed(0)}/s)`,
        notes: `CPU per 1,000 reviews: API ${(cpu.api / REVIEWS * 1000).toFixed(2)} s, worker ${(cpu.worker / REVIEWS * 1000).toFixed(2)} s, `
          + `PostgreSQL backends ${(postgres / REVIEWS * 1000).toFixed(2)} s; ${(REVIEWS / cpu.worker).toFixed(0)} reviews per worker CPU second; `
          + `commits per review ${perReview(after.commits - before.commits)}; rows written per review: ${tableWrites}`,
      },
      ...stages.filter((s) => s.cpuMs > 0).map((s) => ({ name: `${label}: worker ${s.stage}`, throughput: `${perThousand(s.cpuMs)} CPU per 1,000 reviews` })),
    ];
  } finally {
    // SIGTERM: the launcher forwards it to its (detached) API and worker and exits once both have stopped;
    // SIGKILL would leave them running.
    if (launcher.exitCode === null) {
      launcher.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    }
    await db.end();
    await database.drop();
  }
}
