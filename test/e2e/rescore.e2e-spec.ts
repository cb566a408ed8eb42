import type { INestApplicationContext } from '@nestjs/common';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../setup/test-db.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { bearer } from '../utils/e2e.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';

/** Rules change → bulk re-score: automated verdicts follow the new rules, human decisions stand. */
describe('bulk re-scoring after a rules change', () => {
  const dirs = mkdtempSync(join(tmpdir(), 'candor-rules-'));
  const rulesA = join(dirs, 'a');
  const rulesB = join(dirs, 'b');
  let database: TestDatabase;
  let db: pg.Client;
  let t: TestApp;
  let worker: INestApplicationContext;
  let w: World;
  let startedJobId: string;
  const ids: string[] = [];

  beforeAll(async () => {
    cpSync('moderation-rules', rulesA, { recursive: true });
    cpSync('moderation-rules', rulesB, { recursive: true });
    const yaml = readFileSync(join(rulesB, 'ruleset.yaml'), 'utf8');
    // Rules B weigh an unverified purchase heavily: every review here is unverified, so a visible verdict change.
    // The signal's entry may carry comment lines between its key and its value.
    const weightOf = /(unverified_purchase:\s*(?:#[^\n]*\n\s*)*\{ weight: )[0-9.]+/;
    expect(yaml).toMatch(weightOf);
    const rulesBYaml = yaml.replace(/version: .*/, 'version: 2026-11-23.99').replace(weightOf, '$10.9');
    expect(rulesBYaml).toMatch(/unverified_purchase:\s*(?:#[^\n]*\n\s*)*\{ weight: 0\.9,/);
    writeFileSync(join(rulesB, 'ruleset.yaml'), rulesBYaml);
    database = await createTestDatabase();
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
    t = await createTestApp({ database, env: { RULES_DIR: rulesA, QUEUE_PREFIX: 'rescorea' } });
    w = await buildWorld(t);
    worker = await startTestWorker(t.env);
    const bodies = [
      'Pitched the tent in 12 minutes on the first try; the fly kept us dry through a night of rain at 900 m.',
      'The charger gets two phones to 80% in 40 minutes, stays cool, and the cable is a good 1.5 m long.',
      'Poles feel sturdy, but the zip on the inner door snagged twice during the first weekend out.',
    ];
    for (const [n, product] of [w.product.id, w.otherProduct.id, w.product.id].entries()) {
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: product, body: bodies[n] }));
      ids.push(res.body.id);
      await waitFor(async () => {
        const { rows } = await db.query('SELECT status FROM reviews WHERE id = $1', [res.body.id]);
        if (['held', 'withheld'].includes(rows[0].status)) {
          const s = await db.query('SELECT reason_codes, signals FROM review_scores WHERE review_id = $1', [res.body.id]);
          throw new Error(`review ${res.body.id} was ${rows[0].status} under rules A: ${JSON.stringify(s.rows[0].signals.filter((x: { contribution: number }) => x.contribution > 0))}`);
        }
        return rows[0].status === 'published' ? true : undefined;
      }, 'published under rules A');
    }
    // The third review was approved by a human: re-scoring must not touch its status.
    await db.query(
      `INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, facts, automated, actor_type, actor_id, created_at)
       VALUES ($1, 'approve', 'published', 'published', NULL, '{}', false, 'moderator', 'k1', now())`, [ids[2]]);
    await worker.close();
    await t.close();
    t = await createTestApp({ database, env: { RULES_DIR: rulesB, QUEUE_PREFIX: 'rescoreb' } });
    worker = await startTestWorker(t.env);
  });

  afterAll(async () => {
    await worker.close();
    await t.close();
    await db.end();
    await database.drop();
    rmSync(dirs, { recursive: true, force: true });
  });

  it('runs as one job with progress, re-scores every decided item and applies new automated verdicts only', async () => {
    const started = await request(t.server).post('/v1/scoring/rescore').set(...bearer(w.adminKey));
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      jobId: expect.stringMatching(/^rescore-[0-9a-f]{16}$/), ruleSetVersion: '2026-11-23.99', status: 'started', alreadyRan: false,
    });
    startedJobId = started.body.jobId;
    const done = await waitFor(async () => {
      const res = await request(t.server).get(`/v1/scoring/rescore/${started.body.jobId}`).set(...bearer(w.moderatorKey));
      return res.body.state === 'completed' ? res.body : undefined;
    }, 're-score job');
    expect(done.progress).toMatchObject({ done: 3, total: 3 });
    const { rows } = await db.query<{ id: string; status: string; scores: string }>(
      `SELECT r.id, r.status, (SELECT count(DISTINCT rule_set_hash) FROM review_scores s WHERE s.review_id = r.id) AS scores FROM reviews r WHERE r.id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) expect(Number(byId.get(id)?.scores)).toBe(2);
    expect(byId.get(ids[0])?.status).toBe('held');
    expect(byId.get(ids[1])?.status).toBe('held');
    expect(byId.get(ids[2])?.status).toBe('published');
    const records = await db.query(`SELECT action, automated, rule_set_version FROM decision_records WHERE review_id = $1 ORDER BY created_at`, [ids[0]]);
    expect(records.rows.at(-1)).toMatchObject({ action: 'hold', automated: true, rule_set_version: '2026-11-23.99' });
    const items = await db.query(`SELECT count(*) AS n FROM moderation_items WHERE review_id = ANY($1) AND state = 'open'`, [ids.slice(0, 2)]);
    expect(Number(items.rows[0].n)).toBe(2);
    expect(done.progress.changed).toBe(2);
  });

  it('asking again for rules that already ran says so, with the completed job, and starts nothing', async () => {
    const again = await request(t.server).post('/v1/scoring/rescore').set(...bearer(w.adminKey));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ jobId: startedJobId, state: 'completed', status: 'alreadyRan', alreadyRan: true, progress: { done: 3, total: 3 } });
    const { rows } = await db.query('SELECT count(*) AS n FROM review_scores');
    expect(Number(rows[0].n)).toBe(6);
  });

  it.each([
    ['moderator', 'post', '/v1/scoring/rescore', 403],
    ['merchant', 'post', '/v1/scoring/rescore', 403],
    ['admin', 'get', '/v1/scoring/rescore/not-a-job', 400],
    ['admin', 'get', '/v1/scoring/rescore/rescore-0123456789abcdef', 404],
    ['storefront', 'get', '/v1/scoring/rescore/rescore-0123456789abcdef', 403],
  ])('%s %s %s → %i', async (role, method, path, status) => {
    const key = role === 'admin' ? w.adminKey : role === 'moderator' ? w.moderatorKey : role === 'merchant' ? w.merchant.key : w.storefrontKey;
    const res = await (method === 'post' ? request(t.server).post(path) : request(t.server).get(path)).set(...bearer(key));
    expect(res.status).toBe(status);
    expect(res.body.code).toEqual(expect.any(String));
  });
});
