import request from 'supertest';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('review intake', () => {
  let t: TestApp;
  let w: World;
  const auth = (key: string): [string, string] => ['authorization', `Bearer ${key}`];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('accepts a review with 202, commits it, and serves it back by id', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...auth(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'accepted', reviewStatus: 'received' });
    const got = await request(t.server).get(`/v1/reviews/${res.body.id}`).set(...auth(w.adminKey));
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: res.body.id, rating: 4, verification: 'none', author: 'A***e S.', channel: { code: w.channel.code } });
  });
});
