import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claimAndDecide, seedHeld } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Issue 16 item 5: appeal independence is by person, and a person keeps being the same person across key rotation. */
describe('moderator principal', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  const post = (path: string, body: object, key: string): request.Test => request(t.server).post(path).set(...bearer(key)).send(body);
  const newKey = async (body: object): Promise<{ id: string; key: string; principalId: string }> => {
    const res = await post('/v1/api-keys', body, w.adminKey);
    expect(res.status).toBe(201);
    return res.body as { id: string; key: string; principalId: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('gives every new key its own principal; rotation keeps it; a second key can join a principal', async () => {
    const a = await newKey({ role: 'moderator', label: 'Ana' });
    const b = await newKey({ role: 'moderator', label: 'Ben' });
    expect(a.principalId).toEqual(expect.any(String));
    expect(b.principalId).not.toBe(a.principalId);
    const rotated = await post(`/v1/api-keys/${a.id}/rotate`, {}, w.adminKey);
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ principalId: a.principalId, role: 'moderator', label: 'Ana' });
    expect(rotated.body.id).not.toBe(a.id);
    const second = await newKey({ role: 'moderator', label: 'Ana (laptop)', principalId: a.principalId });
    expect(second.principalId).toBe(a.principalId);
    expectError(await post('/v1/api-keys', { role: 'moderator', label: 'x', principalId: '00000000-0000-4000-8000-000000000000' }, w.adminKey), 400, 'VALIDATION_FAILED');
  });

  it('records the principal on decisions; after rotation the decider still cannot handle the appeal, another moderator can', async () => {
    const decider = await newKey({ role: 'moderator', label: 'decider' });
    const { itemIds, reviewIds } = await seedHeld(t, w, sql, 1);
    const decided = await claimAndDecide(t, decider.key, itemIds[0], { action: 'remove', reasonCode: 'spam' });
    expect(decided.status).toBe(201);
    const [record] = await sql.query<{ actor_id: string }>('SELECT actor_id FROM decision_records WHERE id = $1', [decided.body.decisionId]);
    expect(record.actor_id).toBe(decider.principalId);
    const appeal = await post(`/v1/reviews/${reviewIds[0]}/appeals`, { decisionId: decided.body.decisionId, statement: 'I really bought it.' }, w.channel.key);
    expect(appeal.status).toBe(201);

    const rotated = await post(`/v1/api-keys/${decider.id}/rotate`, {}, w.adminKey);
    const sameKey = await newKey({ role: 'moderator', label: 'decider (2nd key)', principalId: decider.principalId });
    for (const key of [rotated.body.key as string, sameKey.key]) {
      expectError(await post(`/v1/moderation/appeals/${appeal.body.id as string}/claim`, {}, key), 403, 'SAME_MODERATOR');
      expectError(await post(`/v1/moderation/appeals/${appeal.body.id as string}/decisions`, { outcome: 'overturn', version: 1 }, key), 403, 'SAME_MODERATOR');
    }
    const other = await t.key('moderator');
    const claimed = await post(`/v1/moderation/appeals/${appeal.body.id as string}/claim`, {}, other);
    expect(claimed.body).toMatchObject({ state: 'claimed', canHandle: true });
    const outcome = await post(`/v1/moderation/appeals/${appeal.body.id as string}/decisions`, { outcome: 'uphold', version: claimed.body.version }, other);
    expect(outcome.status).toBe(200);
  });

  it('lets a moderator finish a claimed item with the rotated key', async () => {
    const mod = await newKey({ role: 'moderator', label: 'rotating' });
    const { itemIds } = await seedHeld(t, w, sql, 1);
    const claimed = await post(`/v1/moderation/items/${itemIds[0]}/claim`, {}, mod.key);
    expect(claimed.status).toBe(200);
    const rotated = await post(`/v1/api-keys/${mod.id}/rotate`, {}, w.adminKey);
    const decided = await post(`/v1/moderation/items/${itemIds[0]}/decisions`, { action: 'approve', version: claimed.body.version }, rotated.body.key as string);
    expect(decided.status).toBe(201);
  });
});
