import { join, resolve } from 'node:path';
import pg from 'pg';
import { startDedicatedPostgres, type DedicatedPostgres } from './support/dedicated-postgres.js';
import { pushReviews, settle, startFleet, type Fleet } from './support/fleet.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { sleep, startProcess, until, type Child } from './support/processes.js';
import { http } from './support/world.js';

const log = (line: string): void => void process.stderr.write(`[worker-start-outage] ${line}\n`);
/** BullMQ's PostgreSQL migrator takes pg_advisory_xact_lock(MIGRATION_ADVISORY_LOCK_KEY, hashtext(schema)). */
const BULLMQ_MIGRATION_LOCK = `SELECT pg_advisory_xact_lock(${0x42554c4c}, hashtext('bullmq'))`;

/**
 * PostgreSQL goes away while the worker's BullMQ backend bootstraps. BullMQ runs its migrations on a
 * client checked out of its pool; holding its migration lock from another session parks the worker right
 * there, then the server stops. The worker must survive the dropped connection (an unhandled 'error' on a
 * checked-out pg client used to kill it), bootstrap again once PostgreSQL is back, and score reviews;
 * everything it logs meanwhile is JSON lines.
 */
describe('PostgreSQL outage while the worker starts', () => {
  let db: DedicatedPostgres;
  let fleet: Fleet | undefined;
  let worker: Child;

  beforeAll(async () => {
    db = await startDedicatedPostgres();
    fleet = await startFleet({ databaseUrl: db.url, products: 10 });
  });
  afterAll(async () => {
    await fleet?.close();
    await db?.remove();
  });

  it('survives the outage during the BullMQ bootstrap and scores reviews once PostgreSQL is back', async () => {
    const f = fleet as Fleet;
    const holder = new pg.Client({ connectionString: db.url });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(BULLMQ_MIGRATION_LOCK);

    worker = startProcess('worker-at-outage', process.execPath, [join(resolve('dist/src'), 'worker.js')], { ...f.env, PROCESS_ROLE: 'worker' });
    const waiting = await until(async () => {
      const n = Number((await holder.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rows[0].n);
      return n > 0 ? n : undefined;
    }, 'the worker to wait on the BullMQ migration lock with a checked-out client', 180_000);
    log(`${waiting} BullMQ bootstrap(s) parked on the migration lock; stopping PostgreSQL`);

    await db.server.stop();
    await holder.end().catch(() => undefined);
    await sleep(5_000);
    expect({ running: worker.running(), uncaught: /Unhandled 'error' event|uncaughtException/.test(worker.log()) }).toEqual({ running: true, uncaught: false });

    await db.server.start();
    log('PostgreSQL started again');
    await until(async () => ((await http(f.api.baseUrl, 'GET', '/health', undefined, undefined, 10_000)).status === 200 ? true : undefined), 'the API to be healthy again', 120_000);
    const tally = await pushReviews(f, 'wso', 60, 30);
    expect(tally.accepted).toBe(60);
    expect(await settle(f.sql, 'the worker to score every review after the outage')).toEqual(NO_VIOLATIONS);
    expect(worker.running()).toBe(true);
    // Every failure of the outage was logged as a JSON line (BullMQ's fallback for an 'error' event with no
    // listener is console.error: a multi-line stack dump per failed query).
    const notJson = worker.log().split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{'));
    expect(notJson.slice(0, 5)).toEqual([]);
  });
});
