import request from 'supertest';
import { bearer } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** GET /v1/me: how a page signed in with a merchant key (403 on /v1/merchants) finds its own merchant. */
describe('GET /v1/me', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const me = (key: string): request.Test => request(t.server).get('/v1/me').set(...bearer(key));

  it('tells a merchant key its merchant id and role', async () => {
    const res = await me(w.merchant.key);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ keyId: expect.stringMatching(/^[0-9a-f-]{36}$/), role: 'merchant', merchantId: w.merchant.id, channelId: null, senior: false });
  });

  it('tells a channel key its channel and a staff key that it has no scope', async () => {
    expect((await me(w.channel.key)).body).toMatchObject({ role: 'channel', merchantId: null, channelId: w.channel.id });
    expect((await me(w.moderatorKey)).body).toMatchObject({ role: 'moderator', merchantId: null, channelId: null, senior: false });
    expect((await me(w.storefrontKey)).body).toMatchObject({ role: 'storefront', merchantId: null, channelId: null });
  });

  it('never echoes the key, and answers 401 without one', async () => {
    const res = await me(w.merchant.key);
    expect(JSON.stringify(res.body)).not.toContain(w.merchant.key.split('_').slice(2).join('_'));
    const anonymous = await request(t.server).get('/v1/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
  });
});
