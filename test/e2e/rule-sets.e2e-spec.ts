import type { INestApplicationContext } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import pg from 'pg';
import request from 'supertest';
import { ActiveRuleSet } from '../../src/scoring/active-rule-set.js';
import { ScoringEngine } from '../../src/scoring/scoring-engine.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-db.js';
import { bearer, expectError } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';

const NEW_VERSION = '2099-01-01.1';

/**
 * Rules without restarts: a version stored and activated through the API switches the running API (disclosure)
 * and a separately booted worker context (its own connections and LISTEN) without either restarting; new scores
 * carry the new version, and the rescore for it runs with progress.
 */
describe('rule-set versions: validate, dry-run, activate without restarts', () => {
  let database: TestDatabase;
  let db: pg.Client;
  let t: TestApp;
  let worker: INestApplicationContext;
  let w: World;
  let fileVersion: string;
  let candidateId: string;
  const api = (method: 'get' | 'post', path: string, key?: string): request.Test => request(t.server)[method](path).set(...bearer(key ?? w.adminKey));
  const ruleset = load(readFileSync('moderation-rules/ruleset.yaml', 'utf8')) as Record<string, unknown> & { version: string; signals: Record<string, { weight: number }> };
  // Weighing an unverified purchase heavily holds every unverified review here: a visible verdict change.
  const candidate = { ...ruleset, version: NEW_VERSION, signals: { ...ruleset.signals, unverified_purchase: { ...ruleset.signals.unverified_purchase, weight: 0.9 } } };

  const scoreVersionOf = async (reviewId: string): Promise<string> =>
    waitFor(async () => (await db.query('SELECT rule_set_version FROM review_scores WHERE review_id = $1 ORDER BY scored_at DESC LIMIT 1', [reviewId])).rows[0]?.rule_set_version, 'a score');
  const postReview = async (body: string): Promise<string> =>
    (await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, body }))).body.id;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    t = await createTestApp({ database, env: { QUEUE_PREFIX: 'rulesets' } });
    w = await buildWorld(t);
    worker = await startTestWorker(t.env);
    fileVersion = ruleset.version;
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
    await db.end();
    await database.drop();
  });

  it('seeds the committed files as the active version, with author and time', async () => {
    const res = await api('get', '/v1/scoring/rule-sets');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([expect.objectContaining({ version: fileVersion, source: 'files', author: 'moderation-rules/', active: true, createdAt: expect.any(String) })]);
    const id = await postReview('Pitched the tent in 12 minutes on the first try; the fly kept us dry through a night of rain at 900 m.');
    expect(await scoreVersionOf(id)).toBe(fileVersion);
  });

  it('validates a candidate: every problem listed, lint warnings, nothing stored', async () => {
    const bad = await api('post', '/v1/scoring/rule-sets:validate').send({ ruleset: { ...candidate, version: 'tomorrow', routing: 'none' } });
    expect(bad.status).toBe(200);
    expect(bad.body.valid).toBe(false);
    expect(bad.body.errors.length).toBeGreaterThanOrEqual(2);
    const same = await api('post', '/v1/scoring/rule-sets:validate').send({ ruleset: { ...ruleset } });
    expect(same.body).toMatchObject({ valid: true, version: fileVersion });
    expect(same.body.warnings.join(' ')).toMatch(/active version's string/);
    const good = await api('post', '/v1/scoring/rule-sets:validate').send({ ruleset: candidate });
    expect(good.body).toMatchObject({ valid: true, version: NEW_VERSION, errors: [], warnings: [] });
    expect((await api('get', '/v1/scoring/rule-sets')).body).toHaveLength(1);
    expectError(await api('post', '/v1/scoring/rule-sets').send({ ruleset: { ...candidate, version: 'tomorrow' } }), 422, 'RULE_SET_INVALID');
    expectError(await api('post', '/v1/scoring/rule-sets:validate').send({ ruleset: 'version: 1' }), 400, 'VALIDATION_FAILED');
  });

  it('stores a version once per content, authored by the admin', async () => {
    const created = await api('post', '/v1/scoring/rule-sets').send({ ruleset: candidate });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: NEW_VERSION, source: 'api', active: false, author: expect.any(String) });
    candidateId = created.body.id;
    const again = await api('post', '/v1/scoring/rule-sets').send({ ruleset: candidate });
    expect({ status: again.status, id: again.body.id }).toEqual({ status: 200, id: candidateId });
  });

  it('dry-runs the candidate on recent items: counts per outcome, old vs new', async () => {
    const res = await api('post', `/v1/scoring/rule-sets/${candidateId}/dry-run`).send({ limit: 50 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ currentVersion: fileVersion, candidateVersion: NEW_VERSION, items: 1, current: { publish: 1, hold: 0, withhold: 0 } });
    // The one scored item is unverified: at weight 0.9 the candidate holds it (as the rescore spec's rules B do).
    expect(res.body).toMatchObject({ candidate: { publish: 0, hold: 1, withhold: 0 }, changes: { 'publish→hold': 1 }, changed: 1 });
    expectError(await api('post', '/v1/scoring/rule-sets/00000000-0000-4000-8000-000000000001/dry-run').send({}), 404, 'RULE_SET_NOT_FOUND');
    expectError(await api('post', `/v1/scoring/rule-sets/${candidateId}/dry-run`).send({ limit: 0 }), 400, 'VALIDATION_FAILED');
  });

  it('activation switches the running API and worker without a restart and starts the rescore with progress', async () => {
    const res = await api('post', `/v1/scoring/rule-sets/${candidateId}/activate`);
    expect(res.status).toBe(200);
    expect(res.body.version).toMatchObject({ id: candidateId, active: true, activatedAt: expect.any(String) });
    expect(res.body.rescore).toMatchObject({ jobId: expect.stringMatching(/^rescore-/), ruleSetVersion: NEW_VERSION, status: 'started', alreadyRan: false });
    // The worker context was booted before the activation and is never restarted: NOTIFY switches it.
    await waitFor(async () => (worker.get(ScoringEngine).rules.version === NEW_VERSION ? true : undefined), 'the worker on the new rules', 10_000);
    expect(worker.get(ActiveRuleSet).current().version).toBe(NEW_VERSION);
    const disclosure = await request(t.server).get('/v1/disclosure').set(...bearer(w.storefrontKey));
    expect(disclosure.body.moderation).toMatchObject({ ruleSetVersion: NEW_VERSION });
    const id = await postReview('The charger gets two phones to 80% in 40 minutes, stays cool, and the cable is a good 1.5 m long.');
    expect(await scoreVersionOf(id)).toBe(NEW_VERSION);
    const done = await waitFor(async () => {
      const job = await api('get', `/v1/scoring/rescore/${res.body.rescore.jobId}`);
      return job.body.state === 'completed' ? job.body : undefined;
    }, 'the rescore under the new version');
    expect(done.progress).toMatchObject({ total: expect.any(Number) });
    const again = await api('post', '/v1/scoring/rescore');
    expect(again.body).toMatchObject({ status: 'alreadyRan', alreadyRan: true, jobId: res.body.rescore.jobId });
    const list = (await api('get', '/v1/scoring/rule-sets')).body as { version: string; active: boolean }[];
    expect(list.filter((v) => v.active).map((v) => v.version)).toEqual([NEW_VERSION]);
  });

  it.each(['moderatorKey', 'storefrontKey'] as const)('refuses %s', async (which) => {
    expectError(await api('get', '/v1/scoring/rule-sets', w[which]), 403);
    expectError(await api('post', `/v1/scoring/rule-sets/${candidateId}/activate`, w[which]), 403);
  });
});
