import { startDedicatedPostgres, type DedicatedPostgres } from './support/dedicated-postgres.js';
import { settle, startFleet, type Fleet } from './support/fleet.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { sleep, startWorker, until } from './support/processes.js';
import { storedExactlyOnce, statusesByPhase } from './support/stored.js';
import { IntakeStream, resubmit } from './support/stream.js';
import { http } from './support/world.js';

const log = (line: string): void => void process.stderr.write(`[postgres-restart] ${line}\n`);

/**
 * A dedicated embedded PostgreSQL (never the machine's shared server) under 1 API + 1 worker with the
 * queue on PostgreSQL too: stopped mid-intake, the API answers 503 + Retry-After (never 500, never 202
 * for what it could not store); restarted on the same port, intake resumes and nothing is lost or doubled.
 */
describe('PostgreSQL restart during intake', () => {
  let db: DedicatedPostgres;
  let fleet: Fleet | undefined;
  let stream: IntakeStream | undefined;

  beforeAll(async () => {
    db = await startDedicatedPostgres();
    fleet = await startFleet({ databaseUrl: db.url, products: 20 });
    await startWorker('worker', fleet.env);
  });
  afterAll(async () => {
    await stream?.stop();
    await fleet?.close();
    await db?.remove();
  });

  it('answers 503 with Retry-After while the database is down, then resumes with every accepted review stored once', async () => {
    const f = fleet as Fleet;
    const s = new IntakeStream(f.api.baseUrl, f.world.channels.map((c) => c.key), f.world.productIds, 'pgr');
    stream = s;
    await until(async () => (s.successesIn('up') >= 10 ? true : undefined), 'intake to flow', 60_000);
    // The outage hits a running fleet: the worker has scored its first reviews, so its queue connections are up
    // (worker-start-outage.reliability-spec.ts covers an outage during the worker's start).
    await until(async () => ((await f.sql.n(`SELECT count(*) FROM reviews WHERE status NOT IN ('received', 'scoring')`)) > 0 ? true : undefined),
      'the worker to score its first reviews', 60_000);

    s.phase = 'down';
    await db.server.stop();
    log('PostgreSQL stopped');
    const health = await until(async () => {
      const res = await http<{ code: string }>(f.api.baseUrl, 'GET', '/health', undefined, undefined, 10_000);
      return res.status === 503 ? res : undefined;
    }, 'the health check to report the outage', 30_000);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);
    await until(async () => (s.attempts.filter((a) => a.phase === 'down' && a.status === 503).length >= 5 ? true : undefined), '503s during the outage', 30_000);
    await sleep(2_000);

    s.phase = 'restarting';
    await db.server.start();
    log('PostgreSQL started again on the same port');
    s.phase = 'restarted';
    await until(async () => (s.successesIn('restarted') >= 10 ? true : undefined), 'intake to resume', 60_000);
    await s.stop();
    const phases = statusesByPhase(s.attempts);
    log(`statuses by phase: ${JSON.stringify(phases)}`);

    // Only "stored" (202/200) or "not stored, retry later" (503 with Retry-After) — never 500, never a dropped connection.
    const unexpected = s.attempts.filter((a) => ![200, 202, 503].includes(a.status as number)).map((a) => `${a.phase} ${a.kind}: ${a.status}`);
    expect(unexpected).toEqual([]);
    for (const a of s.attempts.filter((x) => x.status === 503)) expect({ retryAfter: a.retryAfter, code: a.code }).toEqual({ retryAfter: expect.stringMatching(/^\d+$/), code: 'SERVICE_UNAVAILABLE' });

    const retried = await resubmit(f.api.baseUrl, s.attempts);
    expect(retried.statuses.filter((x) => x !== 202 && x !== 200)).toEqual([]);
    const check = await storedExactlyOnce(f.sql, s.attempts, retried.stored);
    log(`${check.submitted} distinct reviews submitted, ${retried.stored.size} resubmitted after 503s`);
    expect(check.problems).toEqual([]);
    expect(await settle(f.sql, 'every review to be scored after the restart')).toEqual(NO_VIOLATIONS);
    expect(await f.sql.n('SELECT count(*) FROM reviews')).toBe(check.submitted);
  });
});
