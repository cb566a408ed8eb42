import pg from 'pg';
import request from 'supertest';
import { bearer } from '../utils/e2e.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('API key lifecycle', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.key('admin');
  });
  afterAll(() => t.close());

  it('stores only a keyed hash, never the secret, and shows the key once', async () => {
    const created = await request(t.server).post('/v1/api-keys').set(...bearer(admin)).send({ role: 'moderator', label: 'desk 1' });
    expect(created.status).toBe(201);
    // The secret is base64url, which may itself contain '_': everything after the prefix.
    const secret = (created.body.key as string).split('_').slice(2).join('_');
    const client = new pg.Client({ connectionString: t.db.url });
    await client.connect();
    const { rows } = await client.query('SELECT * FROM api_keys WHERE id = $1', [created.body.id]);
    await client.end();
    expect(JSON.stringify(rows[0])).not.toContain(secret);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await request(t.server).get('/v1/api-keys').set(...bearer(admin));
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it('rotation issues a working key with the same role and scope and retires the old one at once', async () => {
    const created = await request(t.server).post('/v1/api-keys').set(...bearer(admin)).send({ role: 'moderator', label: 'rotating' });
    expect((await request(t.server).get('/v1/channels').set(...bearer(created.body.key))).status).toBe(200);
    const rotated = await request(t.server).post(`/v1/api-keys/${created.body.id}/rotate`).set(...bearer(admin));
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ role: 'moderator', label: 'rotating' });
    expect(rotated.body.key).not.toBe(created.body.key);
    expect((await request(t.server).get('/v1/channels').set(...bearer(rotated.body.key))).status).toBe(200);
    const old = await request(t.server).get('/v1/channels').set(...bearer(created.body.key));
    expect(old.status).toBe(401);
    expect(old.body.code).toBe('UNAUTHENTICATED');
    const again = await request(t.server).post(`/v1/api-keys/${created.body.id}/rotate`).set(...bearer(admin));
    expect(again.status).toBe(404);
  });

  it('only admins may rotate', async () => {
    const moderator = await t.key('moderator');
    const res = await request(t.server).post(`/v1/api-keys/${(await request(t.server).get('/v1/api-keys').set(...bearer(admin))).body[0].id}/rotate`).set(...bearer(moderator));
    expect(res.status).toBe(403);
  });
});
