import { request as httpRequest, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { MAX_CONCURRENT_BULKS, MAX_WAITING_BULKS } from '../../src/common/http/bulk-gate.js';
import { bearer } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

interface BulkItem { index: number; outcome: string; error?: { code: string; message: string } }

/** Large bulks must not take the process down with them: per-item rejection, a bounded number at once. */
describe('bulk intake under load', () => {
  let t: TestApp;
  let w: World;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
    port = (t.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(['constructor', '__proto__'])('rejects just the item holding a "%s" key in a JSON bulk, like NDJSON rejects just that line', async (key) => {
    const items = [reviewBody({ productId: w.product.id }), reviewBody({ productId: w.product.id }), reviewBody({ productId: w.product.id })];
    const text = JSON.stringify(items).replace('"rating":4', `"${key}":{"x":1},"rating":4`);
    const res = await request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key)).set('content-type', 'application/json').send(text);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ received: 3, accepted: 2, rejected: 1 });
    const results = res.body.results as BulkItem[];
    expect(results.map((r) => [r.index, r.outcome])).toEqual([[0, 'rejected'], [1, 'accepted'], [2, 'accepted']]);
    expect(results[0].error).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining(`"${key}"`) });
  });

  it('answers 503 INTAKE_BUSY with Retry-After and a JSON body when every bulk slot and queue place is taken, and frees them when clients go away', async () => {
    // Requests that send their headers and never their body hold a slot (or a queue place) from arrival.
    const stalled: ClientRequest[] = [];
    for (let i = 0; i < MAX_CONCURRENT_BULKS + MAX_WAITING_BULKS; i += 1) {
      const req = httpRequest({
        host: '127.0.0.1', port, method: 'POST', path: '/v1/reviews:bulk',
        headers: { authorization: `Bearer ${w.channel.key}`, 'content-type': 'application/json', 'content-length': '1000', expect: '100-continue' },
      });
      req.on('error', () => undefined);
      // Node answers 100 Continue as it hands the request to Fastify, whose onRequest hooks run in that same turn.
      await new Promise<void>((resolve) => {
        req.once('continue', resolve);
        req.flushHeaders();
      });
      stalled.push(req);
    }

    const busy = await request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key)).send([reviewBody({ productId: w.product.id })]);
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toMatch(/^\d+$/);
    expect(busy.body).toEqual({ statusCode: 503, code: 'INTAKE_BUSY', message: expect.any(String), requestId: expect.any(String) });

    // Other routes are not gated.
    expect((await request(t.server).get('/health')).status).toBeLessThan(500);

    await Promise.all(stalled.map((req) => new Promise<void>((resolve) => {
      req.once('close', () => resolve());
      req.destroy();
    })));
    const ok = await request(t.server).post('/v1/reviews:bulk').set(...bearer(w.channel.key)).send([reviewBody({ productId: w.product.id })]);
    expect(ok.status).toBe(202);
  });
});
