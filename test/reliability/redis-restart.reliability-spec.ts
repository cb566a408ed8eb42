import { settle, startFleet, type Fleet } from './support/fleet.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { freePort, sleep, startRedis, startWorker, stop, until, type Child } from './support/processes.js';
import { storedExactlyOnce, statusesByPhase } from './support/stored.js';
import { IntakeStream } from './support/stream.js';

const log = (line: string): void => void process.stderr.write(`[redis-restart] ${line}\n`);

/**
 * The queue on a dedicated, non-persistent redis-server (never the shared one) that is stopped and
 * started again mid-stream: intake only needs PostgreSQL and keeps answering 202; the relay retries;
 * jobs Redis lost with its data are re-enqueued by the worker's score-job sweep; every review is scored.
 */
describe('Redis restart during intake (queue on Redis)', () => {
  let redisPort: number;
  let redis: Child;
  let fleet: Fleet | undefined;
  let stream: IntakeStream | undefined;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    fleet = await startFleet({
      products: 20,
      env: { REDIS_URL: `redis://127.0.0.1:${redisPort}`, SCORE_SWEEP_EVERY_MS: '2000', SCORE_SWEEP_GRACE_MS: '5000', SCORE_LOCK_MS: '5000', SCORE_STALLED_INTERVAL_MS: '2000' },
    });
    await startWorker('worker', fleet.env);
  });
  afterAll(async () => {
    await stream?.stop();
    await fleet?.close();
  });

  it('keeps accepting reviews while Redis is down and scores every one after it is back', async () => {
    const f = fleet as Fleet;
    const s = new IntakeStream(f.api.baseUrl, f.world.channels.map((c) => c.key), f.world.productIds, 'rdr');
    stream = s;
    await until(async () => (s.successesIn('up') >= 10 ? true : undefined), 'intake to flow', 60_000);

    s.phase = 'down';
    await stop(redis);
    log('Redis stopped (its queue data is gone: no persistence)');
    await until(async () => (s.successesIn('down') >= 20 ? true : undefined), 'intake to keep flowing without Redis', 60_000);
    await sleep(2_000);
    redis = await startRedis(redisPort);
    s.phase = 'restarted';
    log('Redis started again on the same port');
    await until(async () => (s.successesIn('restarted') >= 10 ? true : undefined), 'intake after the restart', 60_000);
    await s.stop();
    log(`statuses by phase: ${JSON.stringify(statusesByPhase(s.attempts))}`);

    // Intake never depends on Redis: every request was stored, before, during and after the outage.
    expect(s.attempts.filter((a) => a.status !== 202).map((a) => `${a.phase} ${a.kind}: ${a.status}`)).toEqual([]);
    const check = await storedExactlyOnce(f.sql, s.attempts, new Map());
    expect(check.problems).toEqual([]);
    const started = Date.now();
    expect(await settle(f.sql, 'every review to be scored after Redis is back', 4 * 60_000)).toEqual(NO_VIOLATIONS);
    log(`${check.submitted} reviews, all decided ${((Date.now() - started) / 1000).toFixed(1)} s after intake stopped`);
    expect(await f.sql.n('SELECT count(*) FROM reviews')).toBe(check.submitted);
  });
});
