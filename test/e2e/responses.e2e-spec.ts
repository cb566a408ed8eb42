import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { forbiddenPaths } from '../utils/privacy.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { StorefrontCache } from '../../src/ratings/storefront-cache.js';

/** Merchant replies: one public reply, versions, screening holds, moderation, scoping, flags, the merchant inbox. */
describe('merchant responses', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  async function review(overrides: Record<string, unknown> = {}, status = 'published', productId = w.product.id): Promise<string> {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId, orderRef: `O-${randomUUID()}`, ...overrides }));
    expect(res.status).toBe(202);
    await sql.query('UPDATE reviews SET status = $2 WHERE id = $1', [res.body.id, status]);
    // The aggregate trigger records this change, but the relay notifies the cache only on its next poll: drop the
    // product's cached renders now, or (on a busy machine) a list rendered by an earlier case is served without it.
    t.app.get(StorefrontCache).invalidate(productId);
    return res.body.id as string;
  }
  const reply = (key: string, reviewId: string, body: Record<string, unknown>): request.Test =>
    request(t.server).post(`/v1/reviews/${reviewId}/responses`).set(...bearer(key)).send(body);
  const outbox = (aggregateId: string): Promise<{ topic: string; payload: any }[]> =>
    sql.query('SELECT topic, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id', [aggregateId]);

  it('publishes a clean public reply, allows only one, and keeps versions on edit', async () => {
    const reviewId = await review();
    const first = await reply(w.merchant.key, reviewId, { body: 'Thanks for camping with us! Glad it kept you dry.' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ visibility: 'public', state: 'published', currentVersion: 1, publishedVersion: 1, edited: false, holdReasons: [] });
    expectError(await reply(w.merchant.key, reviewId, { body: 'A second public reply' }), 409, 'PUBLIC_RESPONSE_EXISTS');

    const edited = await request(t.server).patch(`/v1/responses/${first.body.id}`).set(...bearer(w.merchant.key)).send({ body: 'Thanks! We also added a free footprint to your order.' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ state: 'published', currentVersion: 2, publishedVersion: 2, edited: true });
    expect(edited.body.versions.map((v: any) => v.outcome)).toEqual(['passed', 'passed']);
    expect((await outbox(first.body.id)).map((e) => e.topic)).toEqual(['response.published', 'response.edited']);

    const list = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ limit: 100 }).set(...bearer(w.storefrontKey));
    const shown = list.body.data.find((r: any) => r.id === reviewId);
    expect(shown.merchantResponse).toMatchObject({ body: 'Thanks! We also added a free footprint to your order.', edited: true });
  });

  it.each([
    ['personal data', 'Please call 13812345678 so we can help.', 'personal_data'],
    ['a threat', 'We will sue you over this review.', 'threat'],
    ['a request to change the review', 'Please change your review now that it is fixed.', 'review_manipulation'],
    ['a Chinese request to delete the review', '亲，删除评价给您退款', 'review_manipulation'],
    ['promotion', 'Use code SAVE20 at www.example.com', 'promotion'],
    // Issue 15 item 7: each of these was published at once.
    ['a Chinese insult', '你这种人就是故意找茬，脑子有病吧，差评师滚！', 'abuse'],
    ['an English insult', 'You are an idiot, the manual explains it.', 'abuse'],
    ['a refund for deleting the review', '如果您删除差评，我们可以全额退款', 'review_manipulation'],
    ['a request to add a positive review', '亲，麻烦追加一下好评哦', 'review_manipulation'],
    ['a WeChat handle', '加VX：shop8899，给您处理。', 'off_platform_contact'],
    ['a phone number in words', 'Call me on five five five one two three four five six seven.', 'off_platform_contact'],
  ])('holds a reply with %s, stores the reasons, and moderators decide', async (_name, body, code) => {
    const reviewId = await review();
    const res = await reply(w.merchant.key, reviewId, { body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ state: 'held', publishedVersion: null });
    expect(res.body.holdReasons.map((r: any) => r.code)).toContain(code);
    expect(JSON.stringify(res.body.holdReasons)).not.toContain('13812345678');
    const stored = await sql.query<{ screening: any[] }>('SELECT screening FROM merchant_response_versions WHERE response_id = $1', [res.body.id]);
    expect(stored[0].screening.map((r) => r.code)).toContain(code);

    const queue = await request(t.server).get('/v1/responses').query({ state: 'held' }).set(...bearer(w.moderatorKey));
    expect(queue.body.data.map((r: any) => r.id)).toContain(res.body.id);
    const list = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ limit: 100 }).set(...bearer(w.storefrontKey));
    expect(list.body.data.find((r: any) => r.id === reviewId).merchantResponse).toBeNull();

    const decided = await request(t.server).post(`/v1/responses/${res.body.id}/decisions`).set(...bearer(w.moderatorKey)).send({ decision: 'reject', reasonCode: code });
    expect(decided.status).toBe(201);
    expect(decided.body.state).toBe('rejected');
    const records = await sql.query('SELECT decision, reason_code, actor_type FROM response_decisions WHERE response_id = $1', [res.body.id]);
    expect(records).toEqual([{ decision: 'reject', reason_code: code, actor_type: 'moderator' }]);
    expectError(await request(t.server).post(`/v1/responses/${res.body.id}/decisions`).set(...bearer(w.moderatorKey)).send({ decision: 'approve' }), 409, 'RESPONSE_NOT_HELD');
  });

  it('keeps the last approved text public while an edit is held, and approval publishes it as an edit', async () => {
    const reviewId = await review();
    const first = await reply(w.merchant.key, reviewId, { body: 'Sorry about the zip; a replacement is on its way.' });
    const held = await request(t.server).patch(`/v1/responses/${first.body.id}`).set(...bearer(w.merchant.key)).send({ body: 'Sorry! Call 13912345678 or change your review please.' });
    expect(held.body).toMatchObject({ state: 'held', currentVersion: 2, publishedVersion: 1, publishedBody: 'Sorry about the zip; a replacement is on its way.' });
    const approved = await request(t.server).post(`/v1/responses/${first.body.id}/decisions`).set(...bearer(w.adminKey)).send({ decision: 'approve', note: 'number is the shop hotline' });
    expect(approved.body).toMatchObject({ state: 'published', publishedVersion: 2, edited: true });
    expect((await outbox(first.body.id)).map((e) => e.topic)).toEqual(['response.published', 'response.held', 'response.edited']);
  });

  it('sends a private reply to the author as notice.author, never publicly, and refuses to rewrite it', async () => {
    const reviewId = await review();
    const res = await reply(w.merchant.key, reviewId, { body: 'We have refunded your order, sorry again.', visibility: 'private' });
    expect(res.body).toMatchObject({ visibility: 'private', state: 'published' });
    const events = await outbox(res.body.id);
    expect(events.map((e) => e.topic)).toEqual(['notice.author']);
    expect(events[0].payload).toMatchObject({ reviewId, channelId: w.channel.id, body: 'We have refunded your order, sorry again.' });
    expect(forbiddenPaths(events[0].payload)).toEqual([]);
    const list = await request(t.server).get(`/v1/products/${w.product.id}/reviews`).query({ limit: 100 }).set(...bearer(w.storefrontKey));
    expect(list.body.data.find((r: any) => r.id === reviewId).merchantResponse).toBeNull();
    expectError(await request(t.server).patch(`/v1/responses/${res.body.id}`).set(...bearer(w.merchant.key)).send({ body: 'changed' }), 409, 'RESPONSE_NOT_EDITABLE');
    const publicToo = await reply(w.merchant.key, reviewId, { body: 'Thanks for the feedback.' });
    expect(publicToo.status).toBe(201);
  });

  it('hides another merchant’s reviews and replies', async () => {
    const reviewId = await review();
    expectError(await reply(w.otherMerchant.key, reviewId, { body: 'Not my review' }), 404, 'REVIEW_NOT_FOUND');
    expectError(await request(t.server).get(`/v1/reviews/${reviewId}/responses`).set(...bearer(w.otherMerchant.key)), 404, 'REVIEW_NOT_FOUND');
    expectError(await request(t.server).post(`/v1/reviews/${reviewId}/flags`).set(...bearer(w.otherMerchant.key)).send({ reasonCode: 'spam' }), 404, 'REVIEW_NOT_FOUND');
    const mine = await reply(w.merchant.key, reviewId, { body: 'Thank you!' });
    expectError(await request(t.server).get(`/v1/responses/${mine.body.id}`).set(...bearer(w.otherMerchant.key)), 404, 'RESPONSE_NOT_FOUND');
    expectError(await request(t.server).patch(`/v1/responses/${mine.body.id}`).set(...bearer(w.otherMerchant.key)).send({ body: 'hijack' }), 404, 'RESPONSE_NOT_FOUND');
    const inbox = await request(t.server).get('/v1/merchant/reviews').query({ limit: 100 }).set(...bearer(w.otherMerchant.key));
    expect(inbox.body.data.map((r: any) => r.id)).not.toContain(reviewId);
    expectError(await request(t.server).get('/v1/merchant/reviews').query({ merchantId: w.merchant.id }).set(...bearer(w.otherMerchant.key)), 403, 'OUT_OF_SCOPE');
  });

  it('flags a review with a reason code, once per merchant while open, without changing its status', async () => {
    const reviewId = await review();
    const res = await request(t.server).post(`/v1/reviews/${reviewId}/flags`).set(...bearer(w.merchant.key)).send({ reasonCode: 'fake_or_not_genuine', note: 'No such order' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reviewId, reasonCode: 'fake_or_not_genuine', status: 'open' });
    const again = await request(t.server).post(`/v1/reviews/${reviewId}/flags`).set(...bearer(w.merchant.key)).send({ reasonCode: 'fake_or_not_genuine' });
    expect({ status: again.status, id: again.body.id }).toEqual({ status: 200, id: res.body.id });
    expect((await sql.query('SELECT status FROM reviews WHERE id = $1', [reviewId]))[0].status).toBe('published');
    expect((await outbox(reviewId)).map((e) => e.topic)).toContain('review.flagged');
  });

  it('lists the merchant inbox: unanswered first, negative first, filters, cursor, masked authors only', async () => {
    const negative = await review({ rating: 1, body: 'Broke on day one, terrible.' });
    const answered = await review({ rating: 5 });
    await reply(w.merchant.key, answered, { body: 'Thank you!' });
    const get = (query: Record<string, unknown>): request.Test => request(t.server).get('/v1/merchant/reviews').query({ limit: 100, ...query }).set(...bearer(w.merchant.key));

    const unanswered = (await get({ sort: 'unanswered_first' })).body.data;
    const firstAnswered = unanswered.findIndex((r: any) => r.answered);
    expect(unanswered.slice(firstAnswered).every((r: any) => r.answered)).toBe(true);
    const negFirst = (await get({ sort: 'negative_first' })).body.data;
    expect(negFirst[0].negative).toBe(true);
    expect(negFirst.map((r: any) => r.id)).toContain(negative);
    expect((await get({ answered: false })).body.data.every((r: any) => !r.answered)).toBe(true);
    expect((await get({ negative: true })).body.data.every((r: any) => r.negative)).toBe(true);
    expect((await get({ channel: w.otherChannel.code })).body.data).toEqual([]);
    expect((await get({ status: 'held' })).body.data).toEqual([]);
    const all = (await get({})).body.data;
    for (const r of all) expect(r.author).toBe('A***e S.');
    expect(forbiddenPaths(all)).toEqual([]);

    const page1 = await get({ limit: 2 });
    const page2 = await get({ limit: 100, cursor: page1.body.nextCursor });
    expect([...page1.body.data, ...page2.body.data].map((r: any) => r.id)).toEqual(all.map((r: any) => r.id));
    const admin = await request(t.server).get('/v1/merchant/reviews').query({ merchantId: w.merchant.id, limit: 100 }).set(...bearer(w.adminKey));
    expect(admin.body.data.map((r: any) => r.id)).toEqual(all.map((r: any) => r.id));
  });

  describe('bad input', () => {
    it.each([
      ['an empty body', { body: '' }],
      ['only spaces', { body: '   ' }],
      ['a too long body', { body: 'x'.repeat(5001) }],
      ['a NUL character', { body: 'a\u0000b' }],
      ['a lone surrogate', { body: 'a\ud800b' }],
      ['an unknown visibility', { body: 'ok', visibility: 'secret' }],
      ['an unknown field', { body: 'ok', merchantId: randomUUID() }],
      ['a non-string body', { body: 42 }],
    ])('refuses a reply with %s', async (_name, body) => {
      const reviewId = await review();
      expectError(await reply(w.merchant.key, reviewId, body), 400, 'VALIDATION_FAILED');
    });

    it.each([
      ['POST', '/v1/reviews/nope/responses', { body: 'x' }, 400],
      ['POST', `/v1/reviews/${randomUUID()}/responses`, { body: 'x' }, 404],
      ['GET', '/v1/responses?state=everything', undefined, 400],
      ['GET', '/v1/responses', undefined, 400],
      ['POST', `/v1/responses/${randomUUID()}/decisions`, { decision: 'maybe' }, 400],
      ['POST', `/v1/responses/${randomUUID()}/decisions`, { decision: 'approve' }, 404],
      ['GET', '/v1/merchant/reviews?sort=angriest', undefined, 400],
      ['GET', '/v1/merchant/reviews?cursor=abc', undefined, 400],
      ['GET', '/v1/merchant/reviews?answered=maybe', undefined, 400],
      ['POST', `/v1/reviews/${randomUUID()}/flags`, { reasonCode: 'i_dont_like_it' }, 400],
    ])('%s %s → %s', async (method, path, body, status) => {
      const key = path.includes('decisions') || path.startsWith('/v1/responses?') || path === '/v1/responses' ? w.moderatorKey : w.merchant.key;
      const req = method === 'GET' ? request(t.server).get(path) : request(t.server).post(path).send(body as object);
      expectError(await req.set(...bearer(key)), status);
    });

    it('asks staff for a merchantId on the inbox', async () => {
      expectError(await request(t.server).get('/v1/merchant/reviews').set(...bearer(w.adminKey)), 400, 'MERCHANT_ID_REQUIRED');
    });
  });

  describe('role matrix', () => {
    type Who = 'admin' | 'moderator' | 'merchant' | 'storefront' | 'channel';
    const keyOf = (who: Who): string => ({ admin: w.adminKey, moderator: w.moderatorKey, merchant: w.merchant.key, storefront: w.storefrontKey, channel: w.channel.key })[who];
    it.each<[string, Who[]]>([
      ['POST /v1/reviews/:id/responses', ['admin', 'merchant']],
      ['GET /v1/reviews/:id/responses', ['admin', 'moderator', 'merchant']],
      ['GET /v1/responses', ['admin', 'moderator']],
      ['GET /v1/merchant/reviews', ['admin', 'moderator', 'merchant']],
      ['POST /v1/reviews/:id/flags', ['admin', 'merchant']],
    ])('%s is open to %j only', async (route, allowed) => {
      const [method, pattern] = route.split(' ');
      for (const who of ['admin', 'moderator', 'merchant', 'storefront', 'channel'] as Who[]) {
        const reviewId = await review();
        const path = pattern.replace(':id', reviewId);
        const query = path === '/v1/responses' ? { state: 'held' } : path === '/v1/merchant/reviews' && who !== 'merchant' ? { merchantId: w.merchant.id } : {};
        const body = path.endsWith('/flags') ? { reasonCode: 'spam' } : { body: 'Thanks!' };
        const req = method === 'GET' ? request(t.server).get(path).query(query) : request(t.server).post(path).send(body);
        const res = await req.set(...bearer(keyOf(who)));
        if (allowed.includes(who)) expect({ who, status: res.status < 300 }).toEqual({ who, status: true });
        else expectError(res, 403, 'FORBIDDEN');
      }
      expectError(await request(t.server).get('/v1/responses?state=held'), 401, 'UNAUTHENTICATED');
    });
  });
});
