import request from 'supertest';
import { bearer, expectError } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** Its own file because it needs an app with a small BODY_LIMIT_BYTES. */
describe('request bodies over BODY_LIMIT_BYTES', () => {
  const LIMIT = 2048;
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ env: { BODY_LIMIT_BYTES: String(LIMIT) } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('accepts a body just under the limit', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, body: 'a'.repeat(1500) }));
    expect(res.status).toBe(202);
  });

  it('rejects a JSON body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id, body: 'a'.repeat(LIMIT) }));
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('rejects an NDJSON bulk body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const lines = Array.from({ length: 20 }, () => JSON.stringify(reviewBody({ productId: w.product.id }))).join('\n');
    const res = await request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key)).set('content-type', 'application/x-ndjson').send(lines);
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('rejects an over-limit body from an anonymous caller with the same JSON 413', async () => {
    // Fastify reads the body before Nest's guard runs, so the size check comes first.
    const res = await request(t.server).post('/v1/reviews').send({ body: 'a'.repeat(LIMIT * 2) });
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
  });
});
