import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claim, seedHeld, seniorKey } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** `claimNext` on a decision: one request decides the item and claims the caller's next one, or neither happens. */
describe('moderation decide + claim next', () => {
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

  const decide = (itemId: string, body: object, key = w.moderatorKey): request.Test =>
    request(t.server).post(`/v1/moderation/items/${itemId}/decisions`).set(...bearer(key)).send(body);
  /** Each test works its own product's queue (through nextFilters), so tests do not take each other's items. */
  const freshProduct = async (): Promise<string> => {
    const res = await request(t.server).post('/v1/products').set(...bearer(w.adminKey)).send({ merchantId: w.merchant.id, sku: `CN-${randomUUID()}`, name: 'Queue' });
    if (res.status !== 201) throw new Error(`product → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const itemRow = async (id: string): Promise<{ state: string; claimed_by: string | null; version: number }> =>
    (await sql.query<{ state: string; claimed_by: string | null; version: number }>('SELECT state, claimed_by, version FROM moderation_items WHERE id = $1', [id]))[0];
  const claimedIn = (productId: string): Promise<number> => sql.count(
    `SELECT count(*) AS n FROM moderation_items mi JOIN reviews r ON r.id = mi.review_id WHERE r.product_id = $1 AND mi.state = 'claimed'`, [productId]);

  it('decides the item and hands back the best remaining item, claimed for the caller', async () => {
    const productId = await freshProduct();
    const low = await seedHeld(t, w, sql, 1, { productId, priority: 10 });
    const high = await seedHeld(t, w, sql, 1, { productId, priority: 90 });
    const first = await seedHeld(t, w, sql, 1, { productId, priority: 50 });
    const version = await claim(t, w.moderatorKey, first.itemIds[0]);
    const res = await decide(first.itemIds[0], { action: 'remove', reasonCode: 'spam', version, claimNext: true, nextFilters: { productId } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ itemId: first.itemIds[0], action: 'remove', fromStatus: 'held', toStatus: 'removed', item: { state: 'decided' } });
    expect(res.body.next).toMatchObject({ id: high.itemIds[0], state: 'claimed', leaseUntil: expect.any(String), review: { productId } });
    const next = await itemRow(high.itemIds[0]);
    expect(next).toEqual({ state: 'claimed', claimed_by: res.body.next.claimedBy, version: res.body.next.version });
    expect(await sql.count('SELECT count(*) AS n FROM decision_records WHERE id = $1 AND action = $2', [res.body.decisionId, 'remove'])).toBe(1);

    const chained = await decide(high.itemIds[0], { action: 'approve', version: res.body.next.version, claimNext: true, nextFilters: { productId } });
    expect(chained.status).toBe(201);
    expect(chained.body).toMatchObject({ itemId: high.itemIds[0], toStatus: 'published', next: { id: low.itemIds[0], state: 'claimed' } });
  });

  it('answers next: null when nothing is left to claim, and the decision still stands', async () => {
    const productId = await freshProduct();
    const only = await seedHeld(t, w, sql, 1, { productId });
    const version = await claim(t, w.moderatorKey, only.itemIds[0]);
    const res = await decide(only.itemIds[0], { action: 'approve', version, claimNext: true, nextFilters: { productId } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ toStatus: 'published', item: { state: 'decided' }, next: null });
    expect((await itemRow(only.itemIds[0])).state).toBe('decided');
  });

  it('leaves `next` out when it was not asked for', async () => {
    const productId = await freshProduct();
    const { itemIds } = await seedHeld(t, w, sql, 2, { productId });
    const res = await decide(itemIds[0], { action: 'approve', version: await claim(t, w.moderatorKey, itemIds[0]) });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('next');
    expect(await claimedIn(productId)).toBe(0);
  });

  describe('a refused decision claims nothing', () => {
    it('stale version → 409 STALE_VERSION', async () => {
      const productId = await freshProduct();
      const { itemIds, reviewIds } = await seedHeld(t, w, sql, 3, { productId });
      const version = await claim(t, w.moderatorKey, itemIds[0]);
      expectError(await decide(itemIds[0], { action: 'approve', version: version - 1, claimNext: true, nextFilters: { productId } }), 409, 'STALE_VERSION');
      expect(await claimedIn(productId)).toBe(1);
      expect(await itemRow(itemIds[0])).toMatchObject({ state: 'claimed', version });
      expect(await sql.count('SELECT count(*) AS n FROM decision_records WHERE review_id = $1', [reviewIds[0]])).toBe(0);
    });

    it('lease held by another moderator → 403 NOT_CLAIMANT', async () => {
      const productId = await freshProduct();
      const { itemIds } = await seedHeld(t, w, sql, 3, { productId });
      const other = await t.key('moderator');
      const version = await claim(t, other, itemIds[0]);
      expectError(await decide(itemIds[0], { action: 'approve', version, claimNext: true, nextFilters: { productId } }), 403, 'NOT_CLAIMANT');
      expect(await claimedIn(productId)).toBe(1);
    });

    it('never claimed → 403 NOT_CLAIMANT', async () => {
      const productId = await freshProduct();
      const { itemIds } = await seedHeld(t, w, sql, 2, { productId });
      expectError(await decide(itemIds[0], { action: 'approve', version: 1, claimNext: true, nextFilters: { productId } }), 403, 'NOT_CLAIMANT');
      expect(await claimedIn(productId)).toBe(0);
    });

    it('already decided → 409 ITEM_CLOSED; missing reason → 400 REASON_CODE_REQUIRED', async () => {
      const productId = await freshProduct();
      const { itemIds } = await seedHeld(t, w, sql, 3, { productId });
      const version = await claim(t, w.moderatorKey, itemIds[0]);
      expectError(await decide(itemIds[0], { action: 'remove', version, claimNext: true, nextFilters: { productId } }), 400, 'REASON_CODE_REQUIRED');
      expect(await claimedIn(productId)).toBe(1);
      const done = await decide(itemIds[0], { action: 'approve', version, claimNext: true, nextFilters: { productId } });
      expect(done.status).toBe(201);
      expectError(await decide(itemIds[0], { action: 'approve', version, claimNext: true, nextFilters: { productId } }), 409, 'ITEM_CLOSED');
      expect(await claimedIn(productId)).toBe(1);
    });

    it('unknown item → 404 ITEM_NOT_FOUND', async () => {
      expectError(await decide(randomUUID(), { action: 'approve', version: 1, claimNext: true }), 404, 'ITEM_NOT_FOUND');
    });
  });

  it('never hands the decided item back, even to an admin escalating an unclaimed item', async () => {
    const productId = await freshProduct();
    const top = await seedHeld(t, w, sql, 1, { productId, priority: 100 });
    const rest = await seedHeld(t, w, sql, 1, { productId, priority: 5 });
    const res = await decide(top.itemIds[0], { action: 'escalate', version: 1, claimNext: true, nextFilters: { productId } }, w.adminKey);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ item: { state: 'open', escalated: true }, next: { id: rest.itemIds[0] } });
    expect(await itemRow(top.itemIds[0])).toMatchObject({ state: 'open', claimed_by: null });
  });

  it('does not hand escalated items to a moderator who is not senior', async () => {
    const productId = await freshProduct();
    const { itemIds } = await seedHeld(t, w, sql, 2, { productId });
    await sql.query('UPDATE moderation_items SET escalated = true WHERE id = $1', [itemIds[1]]);
    const res = await decide(itemIds[0], { action: 'approve', version: await claim(t, w.moderatorKey, itemIds[0]), claimNext: true, nextFilters: { productId } });
    expect(res.body.next).toBeNull();
    const senior = await seniorKey(t);
    const seniorFirst = await seedHeld(t, w, sql, 1, { productId });
    const bySenior = await decide(seniorFirst.itemIds[0], { action: 'approve', version: await claim(t, senior, seniorFirst.itemIds[0]), claimNext: true, nextFilters: { productId } }, senior);
    expect(bySenior.body.next).toMatchObject({ id: itemIds[1], escalated: true });
  });

  it('gives every moderator different items when many decide and claim next at once', async () => {
    const productId = await freshProduct();
    const { itemIds } = await seedHeld(t, w, sql, 40, { productId });
    const keys = await Promise.all(Array.from({ length: 8 }, () => t.key('moderator')));
    const firsts = await Promise.all(keys.map(async (key, n) => ({ id: itemIds[n], version: await claim(t, key, itemIds[n]) })));
    const handedOut: string[] = [];
    await Promise.all(keys.map(async (key, n) => {
      let current = firsts[n];
      for (let round = 0; round < 3; round++) {
        const res = await decide(current.id, { action: 'approve', version: current.version, claimNext: true, nextFilters: { productId } }, key);
        expect(res.status).toBe(201);
        handedOut.push(res.body.next.id);
        current = res.body.next;
      }
    }));
    expect(new Set(handedOut).size).toBe(handedOut.length);
    expect(await sql.count(`SELECT count(*) AS n FROM moderation_items mi JOIN reviews r ON r.id = mi.review_id WHERE r.product_id = $1 AND mi.state = 'decided'`, [productId])).toBe(24);
    expect(await claimedIn(productId)).toBe(8);
  });

  describe('who may call it', () => {
    it.each([
      ['merchant', 403], ['storefront', 403], ['channel', 403], ['none', 401],
    ] as const)('%s → %d, and nothing is claimed', async (caller, status) => {
      const productId = await freshProduct();
      const { itemIds } = await seedHeld(t, w, sql, 2, { productId });
      const keys = { merchant: w.merchant.key, storefront: w.storefrontKey, channel: w.channel.key };
      const req = request(t.server).post(`/v1/moderation/items/${itemIds[0]}/decisions`);
      if (caller !== 'none') void req.set(...bearer(keys[caller]));
      expectError(await req.send({ action: 'approve', version: 1, claimNext: true, nextFilters: { productId } }), status);
      expect(await claimedIn(productId)).toBe(0);
    });
  });

  describe('bad input', () => {
    it.each([
      ['claimNext not a boolean', { claimNext: 'yes' }],
      ['nextFilters not an object', { claimNext: true, nextFilters: 'all' }],
      ['nextFilters with an unknown field', { claimNext: true, nextFilters: { owner: 'me' } }],
      ['nextFilters out of range', { claimNext: true, nextFilters: { minPriority: 500 } }],
      ['nextFilters with a bad id', { claimNext: true, nextFilters: { productId: 'not-a-uuid' } }],
    ])('%s → 400 VALIDATION_FAILED', async (_name, extra) => {
      const productId = await freshProduct();
      const { itemIds } = await seedHeld(t, w, sql, 2, { productId });
      const version = await claim(t, w.moderatorKey, itemIds[0]);
      expectError(await decide(itemIds[0], { action: 'approve', version, ...extra }), 400, 'VALIDATION_FAILED');
      expect(await itemRow(itemIds[0])).toMatchObject({ state: 'claimed', version });
    });

    it('bulk decisions do not take claimNext', async () => {
      const res = await request(t.server).post('/v1/moderation/decisions:bulk').set(...bearer(w.moderatorKey))
        .send({ action: 'approve', items: [{ itemId: randomUUID(), version: 1 }], claimNext: true });
      expectError(res, 400, 'VALIDATION_FAILED');
    });
  });
});
