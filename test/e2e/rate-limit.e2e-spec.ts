import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('per-key rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3' } });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with Retry-After once a key spends its burst, without affecting other keys', async () => {
    const busy = await t.key('moderator');
    const other = await t.key('moderator');
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await request(t.server).get('/v1/channels').set('authorization', `Bearer ${busy}`);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    expect(limited?.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    const fresh = await request(t.server).get('/v1/channels').set('authorization', `Bearer ${other}`);
    expect(fresh.status).toBe(200);
  });

  it('does not count requests that fail authentication against a key', async () => {
    const res = await request(t.server).get('/v1/channels').set('authorization', 'Bearer cnd_000000000000_notarealsecretnotarealsecret12345');
    expect(res.status).toBe(401);
  });
});
