import { jest } from '@jest/globals';
import request from 'supertest';
import { ApiKeysRepository } from '../../src/common/auth/api-keys.repository.js';
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

// Issue 16 LOW: 2,000 requests with unknown keys got 2,000 × 401, each a database lookup.
describe('per-address limit on failed authentication', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { FAILED_AUTH_PER_MINUTE: '1', FAILED_AUTH_BURST: '5' } });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After and a JSON body once an address spends its failures, without a lookup per request', async () => {
    const good = await t.key('moderator');
    expect((await request(t.server).get('/v1/channels').set('authorization', `Bearer ${good}`)).status).toBe(200);
    const lookups = jest.spyOn(t.app.get(ApiKeysRepository), 'findActiveByPrefix');
    const statuses: number[] = [];
    let limited: request.Response | undefined;
    for (let i = 0; i < 50; i++) {
      const bad = i % 2 === 0 ? 'Bearer cnd_000000000000_notarealsecretnotarealsecret12345' : undefined;
      const req = request(t.server).get('/v1/channels');
      const res = await (bad ? req.set('authorization', bad) : req);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect(limited?.headers['content-type']).toMatch(/^application\/json/);
    expect(limited?.body).toMatchObject({ statusCode: 429, code: 'AUTH_RATE_LIMITED', requestId: expect.any(String) });
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Only the key-shaped failures before the limit reached the database.
    expect(lookups).toHaveBeenCalledTimes(3);
    // A key this process has already verified is still served: no lookup needed.
    expect((await request(t.server).get('/v1/channels').set('authorization', `Bearer ${good}`)).status).toBe(200);
    lookups.mockRestore();
  });
});
