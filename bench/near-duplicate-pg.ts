import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../src/database/database-url.js';
import { runMigrations } from '../src/database/run-migrations.js';
import { typeormOptions } from '../src/database/typeorm-options.js';
import { LSH_BANDS, lshBandKeys, minhashSignature } from '../src/scoring/domain/duplication/minhash.js';
import { BAND_SHARES_SQL } from '../src/scoring/scoring-context.repository.js';
import { DEFAULT_DATABASE_URL } from './bench-api.js';
import type { BenchResult } from './bench-result.js';

const SIZES = [10_000, 100_000, 1_000_000];
const PROBES = 400;
const CHUNK = 100_000;
/** The looked-up copy is not stored itself, so nothing is excluded. */
const NO_ITEM = '00000000-0000-0000-0000-000000000000';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

/** Grows the band table with synthetic items (random band keys), in SQL so 32M rows take minutes, not hours. */
async function growTo(client: pg.Client, from: number, to: number): Promise<void> {
  for (let start = from; start < to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    await client.query(
      `INSERT INTO review_lsh_bands (band_key, review_id)
       SELECT lpad(b::text, 2, '0') || ':' || substr(md5(i::text || ':' || b), 1, 16), ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid
         FROM generate_series($1::bigint, $2::bigint) AS i, generate_series(0, $3::int - 1) AS b`,
      [start, end - 1, LSH_BANDS],
    );
  }
  await client.query('ANALYZE review_lsh_bands');
}

/**
 * The production lookup (BAND_SHARES_SQL, the core of ScoringContextRepository.bandCandidates; the join to
 * the fingerprints it then verifies is a primary-key probe per candidate), timed for planted near-copies.
 * It once timed its own DISTINCT … LIMIT variant, for which the planner picked a full scan of the review_id
 * index at 10,000 items: 130 ms a probe that said nothing about production.
 */
async function probe(client: pg.Client, keys: string[][]): Promise<{ p50: number; p99: number; found: number }> {
  const times: number[] = [];
  let found = 0;
  for (const bandKeys of keys) {
    const started = process.hrtime.bigint();
    const { rows } = await client.query(BAND_SHARES_SQL, [bandKeys, NO_ITEM]);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (rows.length > 0) found += 1;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), found };
}

/** Planted originals and their lightly edited copies: the copies must find the originals at every size. */
function plantedPairs(): { originals: string[][]; copies: string[][] } {
  const originals: string[][] = [];
  const copies: string[][] = [];
  for (let i = 0; i < PROBES; i++) {
    const text = `Order ${i}: the blender arrived in two days, blade ${i % 7} is sharp, jug holds 1.5 litres, motor loud at top speed, lid seals well, I use it every morning for smoothies`;
    originals.push(lshBandKeys(minhashSignature(text)));
    copies.push(lshBandKeys(minhashSignature(`${text} and soups`)));
  }
  return { originals, copies };
}

export async function runNearDuplicatePgBench(): Promise<BenchResult[]> {
  const adminUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const name = `candor_bench_lsh_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(adminUrl, name);
  const ds = new DataSource(typeormOptions(url, 2));
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results: BenchResult[] = [];
  try {
    const { originals, copies } = plantedPairs();
    await client.query(
      `INSERT INTO review_lsh_bands (band_key, review_id) SELECT k, gen_random_uuid() FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`,
      [originals.flat()],
    );
    let size = 0;
    for (const target of SIZES) {
      const started = Date.now();
      await growTo(client, size, target);
      size = target;
      const timing = await probe(client, copies);
      results.push({
        name: `near-duplicate lookup in PostgreSQL, ${target.toLocaleString('en-US')} items (${(target * LSH_BANDS).toLocaleString('en-US')} band rows)`,
        p50: `${timing.p50.toFixed(2)} ms`, p99: `${timing.p99.toFixed(2)} ms`,
        notes: `${timing.found}/${PROBES} planted near-copies found; grown in ${((Date.now() - started) / 1000).toFixed(0)} s; btree probe of ${LSH_BANDS} band keys`,
      });
    }
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  return results;
}
