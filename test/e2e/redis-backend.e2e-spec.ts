import request from 'supertest';
import { bearer } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** The same intake contract with the queue on Redis (REDIS_URL set) instead of PostgreSQL. */
describe('intake with the Redis queue backend', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ backend: 'redis' });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('reports the queue up on Redis', async () => {
    const res = await request(t.server).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.info.queue).toMatchObject({ status: 'up', score: expect.any(Object) });
  });

  it('accepts, deduplicates and edits exactly as on the PostgreSQL backend', async () => {
    const body = reviewBody({ productId: w.product.id });
    const post = (b: object): request.Test => request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(b);
    const first = await post(body);
    const again = await post(body);
    const edit = await post({ ...body, rating: 1 });
    expect([first.status, again.status, edit.status]).toEqual([202, 200, 200]);
    expect([again.body.status, edit.body.status]).toEqual(['duplicate', 'edited']);
    expect(new Set([first.body.id, again.body.id, edit.body.id]).size).toBe(1);
  });
});
