import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claimAndDecide, seedHeld, seedReviews } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const CALLERS = ['none', 'admin', 'moderator', 'merchant', 'otherMerchant', 'storefront', 'channel', 'otherChannel'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 401 | 403 | 404;

interface Ctx { t: TestApp; w: World; sql: Sql; publishedId: string; decisionId: string; removedReviewId: string }
interface Route { method: 'get' | 'post' | 'delete'; path: (c: Ctx) => Promise<string> | string; body?: (c: Ctx) => object; expect: Partial<Record<Caller, Outcome>> }

const STAFF: Partial<Record<Caller, Outcome>> = { admin: 'ok', moderator: 'ok' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const heldItem = async (c: Ctx): Promise<string> => (await seedHeld(c.t, c.w, c.sql, 1)).itemIds[0];

/** Each call gets fresh state, so an allowed caller's 2xx never depends on an earlier caller. */
const ROUTES: Record<string, Route> = {
  'GET /v1/moderation/queue': { method: 'get', path: () => '/v1/moderation/queue', expect: STAFF },
  'POST /v1/moderation/items': { method: 'post', path: () => '/v1/moderation/items', body: (c) => ({ reviewId: c.publishedId }), expect: STAFF },
  'GET /v1/moderation/items/:id': { method: 'get', path: async (c) => `/v1/moderation/items/${await heldItem(c)}`, expect: STAFF },
  'POST /v1/moderation/claims': { method: 'post', path: () => '/v1/moderation/claims', body: () => ({ count: 1 }), expect: STAFF },
  'POST /v1/moderation/items/:id/claim': { method: 'post', path: async (c) => `/v1/moderation/items/${await heldItem(c)}/claim`, expect: STAFF },
  'POST /v1/moderation/items/:id/decisions': {
    method: 'post', path: async (c) => `/v1/moderation/items/${await heldItem(c)}/decisions`, body: () => ({ action: 'approve', version: 1 }),
    expect: { admin: 'ok', moderator: 403 },
  },
  'POST /v1/moderation/decisions:bulk': {
    method: 'post', path: () => '/v1/moderation/decisions:bulk', body: () => ({ action: 'approve', items: [{ itemId: UNKNOWN, version: 1 }] }), expect: STAFF,
  },
  'GET /v1/moderation/stats': { method: 'get', path: () => '/v1/moderation/stats', expect: STAFF },
  'GET /v1/moderation/reporters': { method: 'get', path: () => '/v1/moderation/reporters', expect: { ...STAFF, merchant: 'ok', otherMerchant: 'ok' } },
  'GET /v1/moderation/appeals': { method: 'get', path: () => '/v1/moderation/appeals', expect: STAFF },
  'POST /v1/reviews/:id/reports': {
    method: 'post', path: async (c) => `/v1/reviews/${(await seedReviews(c.t, c.w, c.sql, 1, { status: 'published' })).reviewIds[0]}/reports`,
    body: () => ({ reasonCode: 'spam' }), expect: { admin: 'ok', storefront: 'ok', merchant: 'ok', otherMerchant: 404 },
  },
  'POST /v1/reviews/:id/appeals': {
    method: 'post',
    path: async (c) => {
      const { itemIds, reviewIds } = await seedHeld(c.t, c.w, c.sql, 1);
      c.decisionId = (await claimAndDecide(c.t, c.w.moderatorKey, itemIds[0], { action: 'remove', reasonCode: 'spam' })).body.decisionId;
      return `/v1/reviews/${reviewIds[0]}/appeals`;
    },
    body: (c) => ({ decisionId: c.decisionId, statement: 'It is genuine.' }), expect: { admin: 'ok', channel: 'ok', otherChannel: 404 },
  },
  'GET /v1/reviews/:id/statement': { method: 'get', path: (c) => `/v1/reviews/${c.removedReviewId}/statement`, expect: { ...STAFF, channel: 'ok', otherChannel: 404 } },
  'GET /v1/decisions/:id/statement': {
    method: 'get', path: async (c) => `/v1/decisions/${(await c.sql.query<{ id: string }>('SELECT id FROM decision_records WHERE review_id = $1', [c.removedReviewId]))[0].id}/statement`,
    expect: { ...STAFF, channel: 'ok', otherChannel: 404 },
  },
};

const CASES = Object.entries(ROUTES).flatMap(([name, route]) => CALLERS.map((caller) => [name, caller, route.expect[caller] ?? (caller === 'none' ? 401 : 403)] as const));

describe('moderation access and input', () => {
  let c: Ctx;
  let keys: Record<Exclude<Caller, 'none'>, string>;

  beforeAll(async () => {
    const t = await createTestApp();
    const w = await buildWorld(t);
    const sql = openSql(t);
    const published = await seedReviews(t, w, sql, 1, { status: 'published' });
    const held = await seedHeld(t, w, sql, 1);
    await claimAndDecide(t, w.moderatorKey, held.itemIds[0], { action: 'remove', reasonCode: 'spam' });
    c = { t, w, sql, publishedId: published.reviewIds[0], decisionId: '', removedReviewId: held.reviewIds[0] };
    keys = {
      admin: w.adminKey, moderator: w.moderatorKey, merchant: w.merchant.key, otherMerchant: w.otherMerchant.key,
      storefront: w.storefrontKey, channel: w.channel.key, otherChannel: w.otherChannel.key,
    };
  });
  afterAll(async () => {
    await c.sql.close();
    await c.t.close();
  });

  it.each(CASES)('%s as %s → %s', async (name, caller, outcome) => {
    const route = ROUTES[name];
    let req = request(c.t.server)[route.method](await route.path(c));
    if (caller !== 'none') req = req.set(...bearer(keys[caller]));
    if (route.body) req = req.send(route.body(c));
    const res = await req;
    if (outcome === 'ok') expect({ status: res.status < 300 ? 'ok' : res.status, body: res.status < 300 ? undefined : res.body }).toEqual({ status: 'ok', body: undefined });
    else expectError(res, outcome);
  });

  const BAD: [string, 'get' | 'post' | 'delete', string, object | undefined, string][] = [
    ['unknown query field', 'get', '/v1/moderation/queue?sort=asc', undefined, 'VALIDATION_FAILED'],
    ['bad uuid filter', 'get', '/v1/moderation/queue?productId=nope', undefined, 'VALIDATION_FAILED'],
    ['bad assigned', 'get', '/v1/moderation/queue?assigned=theirs', undefined, 'VALIDATION_FAILED'],
    ['bad escalated', 'get', '/v1/moderation/queue?escalated=maybe', undefined, 'VALIDATION_FAILED'],
    ['limit too high', 'get', '/v1/moderation/queue?limit=1000', undefined, 'VALIDATION_FAILED'],
    ['priority out of range', 'get', '/v1/moderation/queue?minPriority=101', undefined, 'VALIDATION_FAILED'],
    ['bad language', 'get', '/v1/moderation/queue?language=%25', undefined, 'VALIDATION_FAILED'],
    ['bad item id', 'get', '/v1/moderation/items/123', undefined, 'VALIDATION_FAILED'],
    ['open: unknown field', 'post', '/v1/moderation/items', { reviewId: UNKNOWN, extra: 1 }, 'VALIDATION_FAILED'],
    ['open: unknown review', 'post', '/v1/moderation/items', { reviewId: UNKNOWN }, 'REVIEW_NOT_FOUND'],
    ['claims: count 0', 'post', '/v1/moderation/claims', { count: 0 }, 'VALIDATION_FAILED'],
    ['claims: count 51', 'post', '/v1/moderation/claims', { count: 51 }, 'VALIDATION_FAILED'],
    ['claims: unknown filter', 'post', '/v1/moderation/claims', { count: 1, filters: { colour: 'red' } }, 'VALIDATION_FAILED'],
    ['claim: bad uuid', 'post', '/v1/moderation/items/xyz/claim', {}, 'VALIDATION_FAILED'],
    ['claim: unknown item', 'post', `/v1/moderation/items/${UNKNOWN}/claim`, {}, 'ITEM_NOT_FOUND'],
    ['release: bad uuid', 'delete', '/v1/moderation/items/xyz/claim', undefined, 'VALIDATION_FAILED'],
    ['decide: unknown action', 'post', `/v1/moderation/items/${UNKNOWN}/decisions`, { action: 'nuke', version: 1 }, 'VALIDATION_FAILED'],
    ['decide: unknown reason', 'post', `/v1/moderation/items/${UNKNOWN}/decisions`, { action: 'remove', reasonCode: 'negative', version: 1 }, 'VALIDATION_FAILED'],
    ['decide: no version', 'post', `/v1/moderation/items/${UNKNOWN}/decisions`, { action: 'approve' }, 'VALIDATION_FAILED'],
    ['decide: unknown field', 'post', `/v1/moderation/items/${UNKNOWN}/decisions`, { action: 'approve', version: 1, force: true }, 'VALIDATION_FAILED'],
    ['decide: NUL in note', 'post', `/v1/moderation/items/${UNKNOWN}/decisions`, { action: 'approve', version: 1, note: 'a\u0000b' }, 'VALIDATION_FAILED'],
    ['bulk: empty', 'post', '/v1/moderation/decisions:bulk', { action: 'approve', items: [] }, 'VALIDATION_FAILED'],
    ['bulk: bad item id', 'post', '/v1/moderation/decisions:bulk', { action: 'approve', items: [{ itemId: 'x', version: 1 }] }, 'VALIDATION_FAILED'],
    ['bulk: other without text', 'post', '/v1/moderation/decisions:bulk', { action: 'remove', reasonCode: 'other', items: [{ itemId: UNKNOWN, version: 1 }] }, 'ok'],
    ['stats: bad date', 'get', '/v1/moderation/stats?from=yesterday', undefined, 'VALIDATION_FAILED'],
    ['reporters: bad role', 'get', '/v1/moderation/reporters?role=channel', undefined, 'VALIDATION_FAILED'],
    ['appeals: bad state', 'get', '/v1/moderation/appeals?state=lost', undefined, 'VALIDATION_FAILED'],
    ['appeal claim: unknown', 'post', `/v1/moderation/appeals/${UNKNOWN}/claim`, {}, 'APPEAL_NOT_FOUND'],
    ['appeal decide: bad outcome', 'post', `/v1/moderation/appeals/${UNKNOWN}/decisions`, { outcome: 'maybe', version: 1 }, 'VALIDATION_FAILED'],
    ['appeal release: bad uuid', 'delete', '/v1/moderation/appeals/1/claim', undefined, 'VALIDATION_FAILED'],
    ['report: unknown reason', 'post', `/v1/reviews/${UNKNOWN}/reports`, { reasonCode: 'dislike' }, 'VALIDATION_FAILED'],
    ['report: unknown review', 'post', `/v1/reviews/${UNKNOWN}/reports`, { reasonCode: 'spam' }, 'REVIEW_NOT_FOUND'],
    ['appeal: missing statement', 'post', `/v1/reviews/${UNKNOWN}/appeals`, { decisionId: UNKNOWN }, 'VALIDATION_FAILED'],
    ['appeal: bad decision id', 'post', `/v1/reviews/${UNKNOWN}/appeals`, { decisionId: 'd', statement: 's' }, 'VALIDATION_FAILED'],
    ['statement: bad uuid', 'get', '/v1/decisions/zzz/statement', undefined, 'VALIDATION_FAILED'],
    ['statement: unknown decision', 'get', `/v1/decisions/${UNKNOWN}/statement`, undefined, 'DECISION_NOT_FOUND'],
    ['review statement: none yet', 'get', `/v1/reviews/${UNKNOWN}/statement`, undefined, 'REVIEW_NOT_FOUND'],
  ];

  it.each(BAD)('bad input: %s', async (_name, method, path, body, code) => {
    let req = request(c.t.server)[method](path).set(...bearer(keys.admin));
    if (body) req = req.send(body);
    const res = await req;
    if (code === 'ok') {
      // Bulk validates per item: the selection is accepted, the item fails with its own code.
      expect(res.status).toBe(200);
      expect(res.body.results[0].error.code).toBe('ITEM_NOT_FOUND');
      return;
    }
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectError(res, res.status, code);
  });
});
