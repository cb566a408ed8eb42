import { childEnv, createEmptyDatabase, openSql, type FreshDatabase, type Sql } from './database.js';
import { emptyTally, postBulk, type BulkTally } from './intake.js';
import { exactlyOnceViolations, undecided } from './invariants.js';
import { startApi, stopAll, until, type ApiProcess } from './processes.js';
import { prng, reviewBatch } from './reviews.js';
import { seedWorld, type World } from './world.js';

/** One API process on a fresh database with a seeded catalogue; workers are started by each test. */
export interface Fleet {
  db?: FreshDatabase;
  sql: Sql;
  env: Record<string, string>;
  api: ApiProcess;
  world: World;
  close(): Promise<void>;
}

export async function startFleet(options: { databaseUrl?: string; env?: Record<string, string>; products?: number }): Promise<Fleet> {
  const db = options.databaseUrl ? undefined : await createEmptyDatabase();
  const url = options.databaseUrl ?? (db as FreshDatabase).url;
  const sql = openSql(url);
  const env = childEnv(url, options.env);
  try {
    const api = await startApi('api', env);
    const world = await seedWorld(api.baseUrl, env, { merchants: 3, products: options.products ?? 60 });
    return {
      db, sql, env, api, world,
      close: async () => {
        await stopAll();
        await sql.close();
        await db?.drop();
      },
    };
  } catch (error) {
    await stopAll();
    await sql.close();
    await db?.drop();
    throw error;
  }
}

/** Posts `total` reviews in bulk requests of `size`; every request must be accepted (no fault injected here). */
export async function pushReviews(fleet: Pick<Fleet, 'world'> & { api: { baseUrl: string } }, prefix: string, total: number, size = 500): Promise<BulkTally> {
  const tally = emptyTally();
  const random = prng(total);
  for (let start = 0; start < total; start += size) {
    const items = reviewBatch(prefix, start, Math.min(size, total - start), fleet.world.productIds, random);
    const res = await postBulk(fleet.api.baseUrl, fleet.world.channels[start / size % 2].key, items, tally);
    if (res.status !== 202) throw new Error(`bulk → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  return tally;
}

/** Waits (bounded) until nothing is left in received/scoring, then returns the exactly-once violation counts. */
export async function settle(sql: Sql, what: string, timeoutMs = 5 * 60_000): Promise<Record<string, number>> {
  await until(async () => ((await undecided(sql)) === 0 ? true : undefined), what, timeoutMs, 500);
  return exactlyOnceViolations(sql);
}
