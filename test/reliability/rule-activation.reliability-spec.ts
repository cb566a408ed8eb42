import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { pushReviews, settle, startFleet, type Fleet } from './support/fleet.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { startWorker, until, type Child } from './support/processes.js';
import { http } from './support/world.js';

const NEW_VERSION = '2099-01-01.1';
const log = (line: string): void => void process.stderr.write(`[rule-activation] ${line}\n`);

/**
 * Rules without restarts across real processes: an API and a worker child (dist/) run under the committed rules;
 * an admin activates a new version through the API; without restarting either, the worker scores new reviews
 * under it (within seconds, by LISTEN/NOTIFY) and the API's disclosure describes it.
 */
describe('rule-set activation reaches a running API and worker process', () => {
  let fleet: Fleet;
  let worker: Child;
  const ruleset = load(readFileSync('moderation-rules/ruleset.yaml', 'utf8')) as { version: string; thresholds: Record<string, number> };

  beforeAll(async () => {
    fleet = await startFleet({ env: { SCORE_CONCURRENCY: '4' }, products: 10 });
    worker = await startWorker('worker', fleet.env);
  });
  afterAll(async () => {
    await fleet?.close();
  });

  it('switches both processes without a restart; new scores carry the new version', async () => {
    expect((await pushReviews(fleet, 'before', 40)).accepted).toBe(40);
    expect(await settle(fleet.sql, 'scoring under the file rules')).toEqual(NO_VIOLATIONS);
    expect(await fleet.sql.rows('SELECT DISTINCT rule_set_version AS v FROM review_scores')).toEqual([{ v: ruleset.version }]);

    const key = fleet.world.adminKey;
    const created = await http<{ id: string }>(fleet.api.baseUrl, 'POST', '/v1/scoring/rule-sets', key, { ruleset: { ...ruleset, version: NEW_VERSION } });
    expect(created.status).toBe(201);
    const activatedAt = Date.now();
    const activated = await http<{ rescore: { jobId: string } }>(fleet.api.baseUrl, 'POST', `/v1/scoring/rule-sets/${created.body.id}/activate`, key);
    expect(activated.status).toBe(200);

    const disclosure = await http<{ moderation: { ruleSetVersion: string } }>(fleet.api.baseUrl, 'GET', '/v1/disclosure', key);
    expect(disclosure.body.moderation.ruleSetVersion).toBe(NEW_VERSION);
    // The rescore under the new version runs in the worker (which must already hold it, or reload it for the job).
    await until(async () => {
      const job = await http<{ state: string }>(fleet.api.baseUrl, 'GET', `/v1/scoring/rescore/${activated.body.rescore.jobId}`, key);
      return job.body.state === 'completed' ? true : undefined;
    }, 'the rescore under the new version', 120_000, 500);
    log(`rescore done ${((Date.now() - activatedAt) / 1000).toFixed(1)} s after activation`);

    expect((await pushReviews(fleet, 'after', 20)).accepted).toBe(20);
    // The rescore gave every earlier review a second score (and may re-verdict some), which the single-scoring
    // invariants count as "scoredTwice"; what must hold here is that every new review was scored and decided.
    expect(await settle(fleet.sql, 'scoring under the new rules')).toMatchObject({ undecided: 0, notScored: 0, duplicateReviews: 0 });
    const after = await fleet.sql.rows<{ v: string; n: string }>(
      `SELECT s.rule_set_version AS v, count(*) AS n FROM review_scores s JOIN reviews r ON r.id = s.review_id
        WHERE r.external_id LIKE 'after%' GROUP BY 1`);
    expect(after.map((r) => [r.v, Number(r.n)])).toEqual([[NEW_VERSION, 20]]);
    // Neither process restarted.
    expect({ worker: worker.running(), api: fleet.api.running() }).toEqual({ worker: true, api: true });
  });
});
