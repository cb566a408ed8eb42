import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import { createLogger } from '../../src/common/logging/create-logger.js';
import { bearer } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';
import { startReceiver, type Receiver } from '../utils/webhook-receiver.js';

/** Headers, secrets in logs: the hygiene items of issue 7 that are properties of the running app. */
describe('security hygiene', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'verbose', WEBHOOK_BACKOFF_MS: '50', WEBHOOK_ATTEMPTS: '2' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  describe('security headers', () => {
    it.each(['/health', '/v1/channels', '/v1/no-such-route', '/docs'])('%s carries nosniff and anti-framing headers and no x-powered-by', async (path) => {
      const res = await request(t.server).get(path).set(...bearer(w.adminKey));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const framing = `${res.headers['x-frame-options'] ?? ''} ${res.headers['content-security-policy'] ?? ''}`;
      expect(framing).toMatch(/SAMEORIGIN|DENY|frame-ancestors '(self|none)'/);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    });

    it.each(['/console', '/console/assets/app.js', '/console/assets/dashboard.js'])('%s has a strict CSP: own scripts only, no inline code, not frameable', async (path) => {
      const res = await request(t.server).get(path);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
      expect(script.trim()).toBe("'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    });
  });

  describe('secrets never reach the logs', () => {
      let rx: Receiver;
    let worker: INestApplicationContext;
    const lines: string[] = [];
    const writes: { out: typeof process.stdout.write; err: typeof process.stderr.write } = { out: process.stdout.write, err: process.stderr.write };

    beforeAll(async () => {
      // Everything Nest and the app print at verbose level goes through here for the rest of this block.
      const capture = (original: typeof process.stdout.write) => ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return (original as (c: string | Uint8Array, ...r: unknown[]) => boolean).call(process.stdout, '', ...rest);
      }) as typeof process.stdout.write;
      process.stdout.write = capture(writes.out);
      process.stderr.write = capture(writes.err);
      rx = await startReceiver();
      rx.respond = () => 500;
      worker = await startTestWorker({ ...t.env, LOG_LEVEL: 'verbose' });
      // After the worker: compiling a testing module installs Nest's errors-only TestingLogger globally.
      t.app.useLogger(createLogger('verbose', 'Candor'));
    });
    afterAll(async () => {
      await worker.close();
      await rx.close();
      process.stdout.write = writes.out;
      process.stderr.write = writes.err;
    });

    it('logs requests, failures and deliveries at verbose level without any key, secret or pepper', async () => {
      const created = await request(t.server).post('/v1/api-keys').set(...bearer(w.adminKey)).send({ role: 'merchant', label: 'log probe', merchantId: w.merchant.id });
      expect(created.status).toBe(201);
      const key = created.body.key as string;
      const hook = await request(t.server).post('/v1/webhooks').set(...bearer(key)).send({ url: rx.url('/hook'), topics: ['review.published'] });
      expect(hook.status).toBe(201);
      const webhookSecret = hook.body.secret as string;
      // Failing paths log the most: a tampered key, a wrong role, bad input, an unknown route.
      expect((await request(t.server).get('/v1/channels').set(...bearer(`${key.slice(0, -3)}xyz`))).status).toBe(401);
      expect((await request(t.server).get('/v1/channels').set(...bearer(key))).status).toBe(403);
      expect((await request(t.server).post('/v1/webhooks').set(...bearer(key)).send({ url: 'nope', secret: webhookSecret })).status).toBe(400);
      expect((await request(t.server).get(`/v1/nothing?key=${encodeURIComponent(w.adminKey)}`).set('x-api-key', key)).status).toBe(404);
      expect((await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }))).status).toBe(202);
      // The scorer publishes it, the worker signs a delivery with the secret and logs the receiver's 500s.
      await waitFor(async () => (rx.received.filter((r) => r.path === '/hook').length >= 2 ? true : undefined), 'two failed webhook deliveries', 30_000);
      expect(rx.received[0].headers['candor-signature']).toEqual(expect.any(String));

      const logged = lines.join('');
      expect(logged.length).toBeGreaterThan(0);
      expect(logged).toContain('"status":401');
      expect(logged).toContain('/v1/nothing?key=cnd_');
      // The secret part of a key is everything after `cnd_<12 hex>_` (it may itself contain '_').
      const secretOf = (k: string): string => k.slice('cnd_0123456789ab_'.length);
      const secrets = [key, secretOf(key), webhookSecret, webhookSecret.replace(/^whsec_/, ''), secretOf(w.adminKey), secretOf(w.channel.key), t.env.API_KEY_PEPPER]
        .filter((s): s is string => typeof s === 'string' && s.length >= 16);
      expect(secrets.filter((s) => logged.includes(s))).toEqual([]);
    });
  });
});
