import type { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { verifySignature, verifyStandard } from '../../src/publishing/domain/webhook-signature.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { forbiddenPaths } from '../utils/privacy.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';
import { startReceiver, type Receiver } from '../utils/webhook-receiver.js';

const PUBLIC_TOPICS = ['review.published', 'review.folded', 'review.removed', 'response.published', 'response.edited'];

/** Events → signed webhooks through the real worker; retries, dead letters, replay, restarts, the feed. */
describe('published events, webhooks and the feed', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let rx: Receiver;
  let worker: INestApplicationContext;
  const secrets: Record<string, string> = {};
  const hookIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOK_BACKOFF_MS: '100', WEBHOOK_ATTEMPTS: '3' } });
    w = await buildWorld(t);
    sql = openSql(t);
    rx = await startReceiver();
    const register = async (name: string, key: string, topics: string[]): Promise<void> => {
      const res = await request(t.server).post('/v1/webhooks').set(...bearer(key)).send({ url: rx.url(`/${name}`), topics });
      expect(res.status).toBe(201);
      secrets[name] = res.body.secret;
      hookIds[name] = res.body.id;
    };
    await register('merchant', w.merchant.key, ['review.published', 'review.removed', 'response.published', 'response.edited', 'response.held', 'notice.author']);
    await register('other-merchant', w.otherMerchant.key, ['review.published', 'response.published']);
    await register('storefront', w.storefrontKey, PUBLIC_TOPICS);
    await register('channel', w.channel.key, ['notice.author']);
    worker = await startTestWorker(t.env);
  });
  afterAll(async () => {
    await worker.close();
    await rx.close();
    await sql.close();
    await t.close();
  });

  async function publishedReview(): Promise<string> {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    await sql.query(`UPDATE reviews SET status = 'published' WHERE id = $1`, [res.body.id]);
    return res.body.id as string;
  }
  const reply = async (reviewId: string, body: string, visibility = 'public'): Promise<string> =>
    (await request(t.server).post(`/v1/reviews/${reviewId}/responses`).set(...bearer(w.merchant.key)).send({ body, visibility })).body.id;
  /** The first dead-lettered delivery of one of the merchant's webhooks. */
  const deadLetter = (hookId: string): Promise<any> => waitFor(async () => {
    const res = await request(t.server).get(`/v1/webhooks/${hookId}/deliveries`).query({ state: 'failed' }).set(...bearer(w.merchant.key));
    return res.body.data[0];
  }, `a dead letter of webhook ${hookId}`);
  const at = (path: string): typeof rx.received => rx.received.filter((r) => r.path === path);
  const arrived = (path: string, pred: (r: (typeof rx.received)[number]) => boolean, what: string) =>
    waitFor(async () => at(path).find(pred), what, 20_000);

  it('derives review.published from the scorer’s decision and signs every delivery', async () => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    const got = await arrived('/storefront', (r) => r.json.type === 'review.published' && r.json.data.reviewId === res.body.id, 'review.published');
    await arrived('/merchant', (r) => r.json.data.reviewId === res.body.id, 'merchant copy');
    for (const [name, secret] of Object.entries(secrets)) {
      for (const r of at(`/${name}`)) {
        expect(verifySignature(secret, r.headers['candor-signature'] as string, r.body, Math.floor(Date.now() / 1000))).toBe(true);
        expect(r.headers['candor-event-id']).toBe(r.json.id);
        expect(r.headers['candor-event-type']).toBe(r.json.type);
        const standard = { id: r.headers['webhook-id'] as string, timestamp: r.headers['webhook-timestamp'] as string, signature: r.headers['webhook-signature'] as string };
        expect(standard.id).toBe(r.json.id);
        expect(standard.signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
        expect(verifyStandard(secret, standard, r.body, Math.floor(Date.now() / 1000))).toBe(true);
      }
    }
    expect(secrets.merchant).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(verifySignature(secrets.merchant, got.headers['candor-signature'] as string, got.body, Math.floor(Date.now() / 1000))).toBe(false);
    expect(got.json.data).toMatchObject({ reviewId: res.body.id, productId: w.product.id });
    expect(forbiddenPaths(got.json)).toEqual([]);
  });

  it('scopes deliveries: storefronts get public events only, merchants their own, channels author notices', async () => {
    const reviewId = await publishedReview();
    const held = await reply(reviewId, 'Call 13812345678 to sort it out');
    const privateId = await reply(reviewId, 'We refunded you.', 'private');
    await arrived('/merchant', (r) => r.json.type === 'response.held' && r.json.data.responseId === held, 'held notice to merchant');
    const notice = await arrived('/channel', (r) => r.json.data.responseId === privateId, 'author notice to channel');
    expect(notice.json).toMatchObject({ type: 'notice.author', data: { reviewId, body: 'We refunded you.' } });
    await arrived('/merchant', (r) => r.json.data.responseId === privateId, 'author notice copy to merchant');
    expect(at('/storefront').every((r) => PUBLIC_TOPICS.includes(r.json.type))).toBe(true);
    expect(at('/other-merchant')).toEqual([]);
    for (const r of rx.received) expect(forbiddenPaths(r.json)).toEqual([]);
  });

  it('retries a delivery the receiver failed (500 first) and logs each attempt', async () => {
    rx.respond = (r, seenBefore) => (r.path === '/storefront' && seenBefore === 0 ? 500 : 200);
    const reviewId = await publishedReview();
    const responseId = await reply(reviewId, 'Thank you for the kind words!');
    const first = await arrived('/storefront', (r) => r.json.data.responseId === responseId, 'first attempt');
    await waitFor(async () => (at('/storefront').filter((r) => r.json.id === first.json.id).length >= 2 ? true : undefined), 'the retry');
    const log = await waitFor(async () => {
      const res = await request(t.server).get(`/v1/webhooks/${hookIds.storefront}/deliveries`).query({ state: 'succeeded' }).set(...bearer(w.storefrontKey));
      return res.body.data.find((d: any) => d.attempts === 2 && d.lastStatusCode === 200);
    }, 'the delivery log');
    expect(log).toMatchObject({ state: 'succeeded', attempts: 2 });
    rx.respond = () => 200;
  });

  it('dead-letters a delivery after the last attempt and replays it on request', async () => {
    const hook = await request(t.server).post('/v1/webhooks').set(...bearer(w.merchant.key)).send({ url: rx.url('/dead'), topics: ['response.published'] });
    rx.respond = (r) => (r.path === '/dead' ? 503 : 200);
    const reviewId = await publishedReview();
    await reply(reviewId, 'Thanks for your review!');
    const failed = await deadLetter(hook.body.id);
    expect(failed).toMatchObject({ attempts: 3, lastStatusCode: 503, lastError: 'http_5xx' });
    expectError(await request(t.server).post(`/v1/webhooks/${hook.body.id}/deliveries/${failed.id}/replay`).set(...bearer(w.otherMerchant.key)), 404, 'WEBHOOK_NOT_FOUND');
    rx.respond = () => 200;
    const replay = await request(t.server).post(`/v1/webhooks/${hook.body.id}/deliveries/${failed.id}/replay`).set(...bearer(w.merchant.key));
    expect(replay.status).toBe(202);
    const done = await waitFor(async () => {
      const res = await request(t.server).get(`/v1/webhooks/${hook.body.id}/deliveries`).query({ state: 'succeeded' }).set(...bearer(w.merchant.key));
      return res.body.data[0];
    }, 'the replayed delivery');
    expect(done).toMatchObject({ id: failed.id, replays: 1, lastStatusCode: 200 });
    expectError(await request(t.server).post(`/v1/webhooks/${hook.body.id}/deliveries/${failed.id}/replay`).set(...bearer(w.merchant.key)), 409, 'DELIVERY_NOT_FAILED');
    expect((await request(t.server).delete(`/v1/webhooks/${hook.body.id}`).set(...bearer(w.merchant.key))).status).toBe(204);
  });

  it('loses and duplicates no event across a worker restart (consumers dedupe by event id)', async () => {
    const reviews = await Promise.all(Array.from({ length: 24 }, () => publishedReview()));
    const fromCursor = (await sql.query<{ m: string }>('SELECT COALESCE(max(id), 0) AS m FROM published_events'))[0].m;
    const before = at('/storefront').length;
    const replies = reviews.map((id, i) => reply(id, `Thanks for review number ${i}!`));
    // Stop mid-stream: some of these events have been delivered, the rest are still in the outbox or the queue.
    await waitFor(async () => (at('/storefront').length > before ? true : undefined), 'the stream to start');
    await worker.close();
    await Promise.all(replies);
    worker = await startTestWorker(t.env);
    const expected = await waitFor(async () => {
      const rows = await sql.query<{ event_id: string }>(`SELECT event_id FROM published_events WHERE id > $1 AND type = 'response.published'`, [fromCursor]);
      return rows.length === 24 ? rows.map((r) => r.event_id) : undefined;
    }, 'all events published');
    const ids = await waitFor(async () => {
      const got = new Set(at('/storefront').map((r) => r.json.id));
      return expected.every((id) => got.has(id)) ? got : undefined;
    }, 'every event delivered');
    expect(expected.every((id) => ids.has(id))).toBe(true);
    const bodies = new Map<string, string>();
    for (const r of at('/storefront')) {
      // A duplicate is only ever the same event: same id, same body.
      if (bodies.has(r.json.id)) expect(r.body).toBe(bodies.get(r.json.id));
      bodies.set(r.json.id, r.body);
    }
    const deliveries = await sql.count(`SELECT count(*) AS n FROM webhook_deliveries d JOIN published_events e ON e.id = d.event_id WHERE d.webhook_id = $1 AND e.id > $2`, [hookIds.storefront, fromCursor]);
    expect(deliveries).toBe(24);
  });

  it('pages the feed in order, scoped by role', async () => {
    const page = async (key: string, after = '0', limit = 500): Promise<any> => (await request(t.server).get('/v1/events').query({ after, limit }).set(...bearer(key))).body;
    const admin = await page(w.adminKey);
    const cursors = admin.data.map((e: any) => Number(e.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    const storefront = await page(w.storefrontKey);
    expect(storefront.data.length).toBeGreaterThan(0);
    expect(storefront.data.every((e: any) => PUBLIC_TOPICS.includes(e.type))).toBe(true);
    const merchant = await page(w.merchant.key);
    expect(merchant.data.some((e: any) => e.type === 'response.held')).toBe(true);
    expect((await page(w.otherMerchant.key)).data).toEqual([]);
    const channel = await page(w.channel.key);
    expect(channel.data.every((e: any) => e.type === 'notice.author')).toBe(true);
    const first = await page(w.adminKey, '0', 5);
    const rest = await page(w.adminKey, first.nextCursor);
    expect([...first.data, ...rest.data].map((e: any) => e.id)).toEqual(admin.data.map((e: any) => e.id));
    expect((await page(w.adminKey, admin.nextCursor)).data).toEqual([]);
    for (const e of [...storefront.data, ...merchant.data]) expect(forbiddenPaths(e)).toEqual([]);
  });

  it('tells the tenant “delivery_failed” for a receiver that is not there, never the network error (no port-probing oracle)', async () => {
    const closed = await startReceiver();
    const url = closed.url('/gone');
    await closed.close();
    const hook = await request(t.server).post('/v1/webhooks').set(...bearer(w.merchant.key)).send({ url, topics: ['response.published'] });
    expect(hook.status).toBe(201);
    const reviewId = await publishedReview();
    await reply(reviewId, 'Thanks, we hear you.');
    const failed = await deadLetter(hook.body.id);
    expect(failed).toMatchObject({ attempts: 3, lastStatusCode: null, lastError: 'delivery_failed' });
    expect(JSON.stringify(failed)).not.toMatch(/ECONN|refused|fetch failed|127\.0\.0\.1/i);
    expect((await request(t.server).delete(`/v1/webhooks/${hook.body.id}`).set(...bearer(w.merchant.key))).status).toBe(204);
  });

  describe('webhook registration', () => {
    it('lists and deletes only the caller’s own webhooks', async () => {
      const mine = await request(t.server).get('/v1/webhooks').set(...bearer(w.otherMerchant.key));
      expect(mine.body.data.map((h: any) => h.id)).toEqual([hookIds['other-merchant']]);
      expect(mine.body.data[0]).not.toHaveProperty('secret');
      expectError(await request(t.server).delete(`/v1/webhooks/${hookIds.merchant}`).set(...bearer(w.otherMerchant.key)), 404, 'WEBHOOK_NOT_FOUND');
      expectError(await request(t.server).get(`/v1/webhooks/${hookIds.storefront}/deliveries`).set(...bearer(await t.key('storefront'))), 404, 'WEBHOOK_NOT_FOUND');
      const all = await request(t.server).get('/v1/webhooks').set(...bearer(w.adminKey));
      expect(all.body.data.length).toBeGreaterThanOrEqual(4);
    });

    it.each([
      ['a storefront asking for private topics', 'storefront', { url: 'http://127.0.0.1:9/x', topics: ['response.held'] }, 400, 'TOPIC_NOT_ALLOWED'],
      ['a channel asking for review events', 'channel', { url: 'http://127.0.0.1:9/x', topics: ['review.published'] }, 400, 'TOPIC_NOT_ALLOWED'],
      ['an unknown topic', 'merchant', { url: 'http://127.0.0.1:9/x', topics: ['review.everything'] }, 400, 'VALIDATION_FAILED'],
      ['no topics', 'merchant', { url: 'http://127.0.0.1:9/x', topics: [] }, 400, 'VALIDATION_FAILED'],
      ['a non-http URL', 'merchant', { url: 'ftp://example.com/x', topics: ['review.published'] }, 400, 'VALIDATION_FAILED'],
      ['not a URL', 'merchant', { url: 'hello', topics: ['review.published'] }, 400, 'VALIDATION_FAILED'],
      ['a merchant naming another owner', 'merchant', { url: 'http://127.0.0.1:9/x', topics: ['review.published'], merchantId: randomUUID() }, 400, 'WEBHOOK_OWNER_AMBIGUOUS'],
      ['an admin naming an unknown merchant', 'admin', { url: 'http://127.0.0.1:9/x', topics: ['review.published'], merchantId: randomUUID() }, 422, 'UNKNOWN_WEBHOOK_OWNER'],
      ['a moderator', 'moderator', { url: 'http://127.0.0.1:9/x', topics: ['review.published'] }, 403, 'FORBIDDEN'],
    ])('refuses %s', async (_name, who, body, status, code) => {
      const keys: Record<string, string> = { storefront: w.storefrontKey, channel: w.channel.key, merchant: w.merchant.key, admin: w.adminKey, moderator: w.moderatorKey };
      expectError(await request(t.server).post('/v1/webhooks').set(...bearer(keys[who])).send(body), status, code);
    });

    // Refused before anything is stored, resolved or delivered: private and metadata literals are judged from the text.
    it.each([
      ['the metadata service', 'http://169.254.169.254/latest/meta-data/', 'address_not_public'],
      ['an RFC 1918 address', 'http://10.0.0.1/hook', 'address_not_public'],
      ['a unique-local IPv6 address', 'http://[fd00::1]/hook', 'address_not_public'],
      ['an IPv4-mapped loopback', 'http://[::ffff:127.0.0.1]:9/hook', 'address_not_public'],
      ['a decimal IPv4', 'http://2130706433:9/hook', 'numeric_ip_form'],
      ['a hex IPv4', 'http://0x7f000001:9/hook', 'numeric_ip_form'],
      ['a short IPv4', 'http://127.1:9/hook', 'numeric_ip_form'],
      ['credentials in the URL', 'http://user:pass@127.0.0.1:9/hook', 'credentials'],
    ])('refuses %s as a webhook target (400 WEBHOOK_URL_NOT_ALLOWED)', async (_name, url, reason) => {
      for (const key of [w.adminKey, w.merchant.key, w.storefrontKey, w.channel.key]) {
        const topics = key === w.channel.key ? ['notice.author'] : ['review.published'];
        const res = await request(t.server).post('/v1/webhooks').set(...bearer(key)).send({ url, topics });
        expectError(res, 400, 'WEBHOOK_URL_NOT_ALLOWED');
        expect(res.body.details).toEqual({ reason });
      }
      const listed = await request(t.server).get('/v1/webhooks').set(...bearer(w.adminKey));
      expect(listed.body.data.map((h: any) => h.url)).not.toContain(url);
    });

    it('accepts loopback only with the operator setting (WEBHOOK_ALLOW_LOOPBACK), and refuses a name that resolves to it the same way', async () => {
      const strict = await createTestApp({ env: { WEBHOOK_ALLOW_LOOPBACK: 'false' } });
      try {
        const admin = await strict.key('admin');
        for (const url of [rx.url('/strict'), rx.url('/strict').replace('127.0.0.1', 'localhost'), rx.url('/strict').replace('127.0.0.1', '[::1]')]) {
          const res = await request(strict.server).post('/v1/webhooks').set(...bearer(admin)).send({ url, topics: ['review.published'] });
          expectError(res, 400, 'WEBHOOK_URL_NOT_ALLOWED');
          expect(res.body.details).toEqual({ reason: 'address_not_public' });
        }
      } finally {
        await strict.close();
      }
      const allowed = await request(t.server).post('/v1/webhooks').set(...bearer(w.adminKey)).send({ url: rx.url('/loopback-ok'), topics: ['review.published'] });
      expect(allowed.status).toBe(201);
      expect((await request(t.server).delete(`/v1/webhooks/${allowed.body.id}`).set(...bearer(w.adminKey))).status).toBe(204);
    });

    it.each([
      ['/v1/events?after=-1', 400], ['/v1/events?after=abc', 400], ['/v1/events?limit=0', 400], ['/v1/events?limit=501', 400],
      ['/v1/webhooks/not-a-uuid/deliveries', 400], ['/v1/webhooks/:id/deliveries?state=lost', 400],
    ])('GET %s → %s', async (path, status) => {
      expectError(await request(t.server).get(path.replace(':id', hookIds.merchant)).set(...bearer(w.merchant.key)), status);
    });

    it('refuses the event feed to moderators and anonymous callers', async () => {
      expectError(await request(t.server).get('/v1/events').set(...bearer(w.moderatorKey)), 403, 'FORBIDDEN');
      expectError(await request(t.server).get('/v1/events'), 401, 'UNAUTHENTICATED');
    });
  });
});
