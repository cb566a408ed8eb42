import { pushReviews, settle, startFleet, type Fleet } from './support/fleet.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { startWorker, until } from './support/processes.js';
import { dropRedisPrefix, REDIS_URL } from './support/redis.js';
import { http } from './support/world.js';

const REVIEWS = 600;
const log = (line: string): void => void process.stderr.write(`[worker-kill] ${line}\n`);

/**
 * SIGKILL a worker process while it holds score jobs (reviews in status `scoring`), start a new one:
 * BullMQ's stalled-job check hands the dead worker's jobs to the new worker (SCORE_LOCK_MS /
 * SCORE_STALLED_INTERVAL_MS keep that to seconds), the idempotent score handler makes the retry safe.
 */
describe.each(['redis', 'postgres'] as const)('kill -9 a worker mid-job, queue on %s', (backend) => {
  let fleet: Fleet;

  beforeAll(async () => {
    fleet = await startFleet({
      env: { SCORE_LOCK_MS: '3000', SCORE_STALLED_INTERVAL_MS: '1000', SCORE_CONCURRENCY: '8', ...(backend === 'redis' ? { REDIS_URL } : {}) },
    });
  });
  afterAll(async () => {
    await fleet?.close();
    if (backend === 'redis') await dropRedisPrefix(fleet?.env.QUEUE_PREFIX);
  });

  it('retries the killed worker’s jobs on a new worker: nothing lost, no second decision', async () => {
    const tally = await pushReviews(fleet, `kill-${backend}`, REVIEWS);
    expect(tally.accepted).toBe(REVIEWS);
    const doomed = await startWorker('worker-doomed', fleet.env);
    // Kill while jobs are in flight: some reviews decided, some marked `scoring` by this worker right now.
    const midJob = await until(async () => {
      const rows = await fleet.sql.rows<{ id: string }>(`SELECT id FROM reviews WHERE status = 'scoring'`);
      const decided = await fleet.sql.n(`SELECT count(*) FROM reviews WHERE status IN ('published', 'held', 'withheld')`);
      if (rows.length === 0 || decided < 30) return undefined;
      doomed.proc.kill('SIGKILL');
      return rows.map((r) => r.id);
    }, 'the worker to be mid-job', 120_000, 50);
    expect(await doomed.exited).toBe('SIGKILL');
    const decidedAtKill = await fleet.sql.n(`SELECT count(*) FROM reviews WHERE status IN ('published', 'held', 'withheld')`);
    log(`${backend}: killed with ${midJob.length} reviews mid-job, ${decidedAtKill}/${REVIEWS} decided`);

    const started = Date.now();
    await startWorker('worker-replacement', fleet.env);
    expect(await settle(fleet.sql, 'the replacement worker to finish')).toEqual(NO_VIOLATIONS);
    log(`${backend}: replacement finished the remaining ${REVIEWS - decidedAtKill} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    expect(await fleet.sql.n('SELECT count(*) FROM reviews')).toBe(REVIEWS);
    // The jobs the dead worker held were retried, and each got exactly one automated decision.
    const decisions = await fleet.sql.rows<{ n: string }>(
      'SELECT count(*) AS n FROM decision_records WHERE automated AND review_id = ANY($1::uuid[]) GROUP BY review_id', [midJob]);
    expect(decisions.map((d) => Number(d.n))).toEqual(midJob.map(() => 1));
    // Stalled jobs went back to wait, not to the dead-letter (failed) set.
    const health = await http<{ details: { queue: { score: Record<string, number> } } }>(fleet.api.baseUrl, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.details.queue.score.failed).toBe(0);
  });
});
