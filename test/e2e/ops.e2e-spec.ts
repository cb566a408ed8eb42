import request from 'supertest';
import { bearer, expectError } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('ops: health, API docs, request ids', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it('reports health 200 with the database and queue up, without a key', async () => {
    const res = await request(t.server).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, queue: { status: 'up', outboxBacklog: expect.any(Number) } } });
  });

  it('serves the Swagger UI page at /docs', async () => {
    const res = await request(t.server).get('/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('/docs/openapi.json');
    expect((await request(t.server).get('/docs/assets/swagger-ui.css')).status).toBe(200);
    expectError(await request(t.server).get('/docs/assets/..%2Fpackage.json'), 404, 'NOT_FOUND');
  });

  it('lists the intake and catalog paths with their methods in /docs/openapi.json', async () => {
    const res = await request(t.server).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    const listed = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(listed).toEqual(expect.arrayContaining([
      'POST /v1/reviews', 'POST /v1/ugc', 'GET /v1/reviews/{id}', 'PATCH /v1/reviews/{id}', 'POST /v1/purchases',
      'POST /v1/merchants', 'GET /v1/merchants', 'GET /v1/merchants/{id}', 'GET /v1/merchants/{id}/products',
      'POST /v1/products', 'GET /v1/products/{id}', 'GET /v1/products/{id}/listings', 'POST /v1/channels', 'GET /v1/channels',
      'POST /v1/channel-listings', 'POST /v1/api-keys', 'GET /v1/api-keys', 'DELETE /v1/api-keys/{id}', 'GET /health',
    ]));
    // The bulk routes must be documented under the path clients actually call.
    expect(listed.filter((op) => /bulk/.test(op))).toEqual(expect.arrayContaining(['POST /v1/reviews:bulk', 'POST /v1/ugc:bulk']));
    expect(listed.filter((op) => /::/.test(op))).toEqual([]);
    expect(res.body.components?.securitySchemes).toBeDefined();
  });

  describe('request ids', () => {
    const calls: [string, () => request.Test][] = [
      ['a public success', () => request(t.server).get('/health')],
      ['an authenticated success', () => request(t.server).get('/v1/channels').set(...bearer(w.adminKey))],
      ['a 401', () => request(t.server).get('/v1/channels')],
      ['a 403', () => request(t.server).get('/v1/channels').set(...bearer(w.storefrontKey))],
      ['a 404 route', () => request(t.server).get('/v1/no-such-route')],
      ['a 400 body', () => request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send({ rating: 9 })],
      ['a 202 intake', () => request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }))],
    ];

    it.each(calls)('puts x-request-id on %s, and the same id in any error body', async (_name, call) => {
      const res = await call();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      if (res.status >= 400) expectError(res, res.status);
    });

    it('gives each request its own id', async () => {
      const [a, b] = await Promise.all([request(t.server).get('/health'), request(t.server).get('/health')]);
      expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    });

    it('propagates a caller-supplied x-request-id', async () => {
      const res = await request(t.server).get('/v1/channels').set('x-request-id', 'trace-abc-123');
      expect(res.headers['x-request-id']).toBe('trace-abc-123');
      expect(res.body.requestId).toBe('trace-abc-123');
    });
  });

  it('sets defensive headers on API responses', async () => {
    const res = await request(t.server).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
