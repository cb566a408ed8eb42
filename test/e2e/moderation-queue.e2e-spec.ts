import request from 'supertest';
import { queueRankKey } from '../../src/moderation/domain/queue-rank.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { claim, seedHeld, seedReviews } from '../utils/moderation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

interface Item {
  id: string; reviewId: string; state: string; claimedBy: string | null; version: number; effectivePriority: number; escalated: boolean; leadingSignal: string | null;
  review: Record<string, unknown>;
}

describe('moderation queue and claims', () => {
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

  const get = (path: string, key = w.moderatorKey): request.Test => request(t.server).get(path).set(...bearer(key));
  const post = (path: string, body: object, key = w.moderatorKey): request.Test => request(t.server).post(path).set(...bearer(key)).send(body);
  const queue = async (qs: string, key = w.moderatorKey): Promise<Item[]> => {
    const res = await get(`/v1/moderation/queue?limit=100&${qs}`, key);
    expect(res.status).toBe(200);
    return res.body.items as Item[];
  };

  describe('listing', () => {
    let seeded: { itemIds: string[] };

    beforeAll(async () => {
      await sql.query(`UPDATE moderation_items SET state = 'decided', decided_at = now() WHERE state <> 'decided'`);
      await seedReviews(t, w, sql, 3, { status: 'published', productId: w.otherProduct.id });
      seeded = await seedHeld(t, w, sql, 3, { priority: 30, reasonCodes: ['burst_product'], language: 'zh-CN' });
      await seedHeld(t, w, sql, 2, { priority: 80, productId: w.otherProduct.id, reasonCodes: ['near_duplicate'] });
      await seedHeld(t, w, sql, 1, { priority: 10, createdAt: new Date(Date.now() - 48 * 3_600_000) });
    });

    it('names the product, merchant and channel of every item, with when it was written and how it came in', async () => {
      const items = await queue(`productId=${w.otherProduct.id}`);
      const [row] = await sql.query<{ submitted_at: Date; received_at: Date }>('SELECT submitted_at, received_at FROM reviews WHERE id = $1', [items[0].reviewId]);
      expect(items[0].review).toMatchObject({
        productName: 'USB charger', merchantName: 'Bolt Electronics', channelName: 'Web mall', channelCode: w.channel.code, intakeMode: 'live',
        submittedAt: row.submitted_at.toISOString(), receivedAt: row.received_at.toISOString(),
      });
      // Seeded holds carry no score, so no signal leads them (the browser test covers scored items).
      expect(items.map((i) => i.leadingSignal)).toEqual(items.map(() => null));
    });

    it('sorts by effective priority, and the stored rank matches the domain formula', async () => {
      const items = await queue('');
      expect(items).toHaveLength(6);
      const priorities = items.map((i) => i.effectivePriority);
      expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      // The 48-hour-old priority-10 item beats the fresh priority-80 ones (2 points per waiting hour).
      expect(items[0]).toMatchObject({ priority: 10 });
      const rows = await sql.query<{ priority: number; fake_score: number; product_exposure: number; created_at: Date; queue_rank: number }>(
        `SELECT priority, fake_score, product_exposure, created_at, queue_rank FROM moderation_items WHERE state = 'open'`,
      );
      for (const r of rows) {
        expect(r.queue_rank).toBeCloseTo(queueRankKey({ priority: r.priority, fakeScore: r.fake_score, productExposure: r.product_exposure, createdAt: r.created_at }), 6);
      }
      expect(rows.map((r) => r.product_exposure).sort()).toEqual([0, 0, 0, 0, 3, 3]);
    });

    it.each([
      ['productId', (x: World) => `productId=${x.otherProduct.id}`, 2],
      ['merchantId', (x: World) => `merchantId=${x.merchant.id}`, 4],
      ['channelId', (x: World) => `channelId=${x.channel.id}`, 6],
      ['reasonCode', () => 'reasonCode=burst_product', 3],
      ['language prefix', () => 'language=zh', 3],
      ['min priority', () => 'minPriority=50', 2],
      ['max priority', () => 'maxPriority=30', 4],
      ['min age', () => 'minAgeMinutes=600', 1],
      ['escalated', () => 'escalated=true', 0],
      ['unassigned', () => 'assigned=unassigned', 6],
    ])('filters by %s', async (_name, qs, expected) => {
      expect(await queue(qs(w))).toHaveLength(expected);
    });

    it('pages with an opaque cursor without repeats or gaps', async () => {
      const all = (await queue('')).map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await get(`/v1/moderation/queue?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...(res.body.items as Item[]).map((i) => i.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('refuses a forged cursor', async () => {
      expectError(await get('/v1/moderation/queue?cursor=bm90LWEtY3Vyc29y'), 400, 'INVALID_CURSOR');
    });

    it('shows mine vs unassigned after a claim', async () => {
      await claim(t, w.moderatorKey, seeded.itemIds[0]);
      expect((await queue('assigned=mine')).map((i) => i.id)).toEqual([seeded.itemIds[0]]);
      expect(await queue('assigned=mine', w.adminKey)).toHaveLength(0);
      expect(await queue('assigned=unassigned')).toHaveLength(5);
      expect((await request(t.server).delete(`/v1/moderation/items/${seeded.itemIds[0]}/claim`).set(...bearer(w.moderatorKey))).status).toBe(204);
    });
  });

  describe('item view', () => {
    it('shows the review, author history, product context, near-duplicates and signals', async () => {
      const reviewer = { externalId: 'copycat', displayName: 'Copy Cat' };
      const text = 'This tent is absolutely amazing, best purchase ever, the zipper is strong and the rain fly kept everything dry all night long';
      const [a, b] = [await seedHeld(t, w, sql, 1, { reviewer, body: () => text }), await seedHeld(t, w, sql, 1, { reviewer, body: () => `${text}!` })];
      const fp = (await import('../../src/scoring/domain/duplication/minhash.js'));
      const fp2 = (await import('../../src/scoring/domain/duplication/signature-codec.js'));
      for (const [id, body] of [[a.reviewIds[0], text], [b.reviewIds[0], `${text}!`]]) {
        const sig = fp.minhashSignature(body);
        await sql.query(`INSERT INTO review_fingerprints (review_id, product_id, reviewer_id, exact_hash, signature)
                         SELECT id, product_id, reviewer_id, $2, $3 FROM reviews WHERE id = $1`, [id, `h-${id}`, fp2.packSignature(sig)]);
        await sql.query('INSERT INTO review_lsh_bands (band_key, review_id) SELECT k, $2 FROM unnest($1::text[]) k', [fp.lshBandKeys(sig), id]);
      }
      const signals = [{ id: 'near_duplicate', value: 0.97, weight: 2, contribution: 1.9, reason: 'text 97% similar to another review' }, { id: 'verified_purchase', value: 0, weight: 1, contribution: 0, reason: 'verification: none' }];
      await sql.query(`INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score, sentiment_confidence,
                         language, signals, verdict, priority, reason_codes, scored_at) VALUES ($1, 1, 'rules-7', 'h', 0.8, 'positive', 0.9, 0.8, 'en', $2, 'hold', 70, '{near_duplicate}', now())`,
      [a.reviewIds[0], JSON.stringify(signals)]);
      const res = await get(`/v1/moderation/items/${a.itemIds[0]}`);
      expect(res.status).toBe(200);
      expect(res.body.review).toMatchObject({ id: a.reviewIds[0], body: text, authorName: 'Copy Cat', status: 'held' });
      expect(res.body.authorHistory).toEqual([expect.objectContaining({ reviewId: b.reviewIds[0], status: 'held', itemState: 'open' })]);
      expect(res.body.productContext).toMatchObject({ productId: w.product.id, publishedCount: 0 });
      expect(res.body.duplicates).toEqual([expect.objectContaining({ reviewId: b.reviewIds[0], sameAuthor: true, body: `${text}!` })]);
      expect(res.body.duplicates[0].similarity).toBeGreaterThan(0.8);
      expect(res.body.score).toMatchObject({ ruleSetVersion: 'rules-7', fakeScore: 0.8 });
      expect(res.body.score.signals).toEqual([
        expect.objectContaining({ id: 'near_duplicate', reason: 'text 97% similar to another review', fired: true }),
        expect.objectContaining({ id: 'verified_purchase', fired: false }),
      ]);
      expect(res.body.item).toMatchObject({ id: a.itemIds[0], state: 'open', version: 1 });
    });

    it('answers 404 ITEM_NOT_FOUND for an unknown item', async () => {
      expectError(await get('/v1/moderation/items/00000000-0000-4000-8000-000000000000'), 404, 'ITEM_NOT_FOUND');
    });
  });

  describe('claims', () => {
    beforeEach(async () => {
      await sql.query(`UPDATE moderation_items SET state = 'decided', decided_at = now(), claimed_by = NULL WHERE state <> 'decided'`);
    });

    it('20 moderators claiming in parallel from 100 items: every item assigned exactly once', async () => {
      const { itemIds } = await seedHeld(t, w, sql, 100);
      const keys = await Promise.all(Array.from({ length: 20 }, () => t.key('moderator')));
      const rounds = await Promise.all(keys.map(async (key) => {
        const got: string[] = [];
        for (let i = 0; i < 4; i += 1) {
          const res = await post('/v1/moderation/claims', { count: 2 }, key);
          expect(res.status).toBe(200);
          got.push(...(res.body.items as Item[]).map((x) => x.id));
        }
        return got;
      }));
      const all = rounds.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.sort()).toEqual([...itemIds].sort());
      const owners = await sql.query<{ claimed_by: string; n: number }>(`SELECT claimed_by, count(*)::int AS n FROM moderation_items WHERE state = 'claimed' GROUP BY 1`);
      expect(owners.reduce((s, o) => s + o.n, 0)).toBe(100);
    });

    it('hands an item to the next moderator only once its lease has expired', async () => {
      const { itemIds } = await seedHeld(t, w, sql, 1);
      const other = await t.key('moderator');
      expect((await post('/v1/moderation/claims', { count: 5 })).body.items).toHaveLength(1);
      expect((await post('/v1/moderation/claims', { count: 5 }, other)).body.items).toHaveLength(0);
      expectError(await post(`/v1/moderation/items/${itemIds[0]}/claim`, {}, other), 409, 'ALREADY_CLAIMED');
      await sql.query(`UPDATE moderation_items SET lease_until = now() - interval '1 second' WHERE id = $1`, [itemIds[0]]);
      expect((await queue('assigned=unassigned'))).toEqual([expect.objectContaining({ id: itemIds[0], state: 'open', claimedBy: null })]);
      const taken = await post('/v1/moderation/claims', { count: 5 }, other);
      expect(taken.body.items).toEqual([expect.objectContaining({ id: itemIds[0], state: 'claimed' })]);
      const late = await post(`/v1/moderation/items/${itemIds[0]}/decisions`, { action: 'approve', version: 2 });
      expectError(late, 403, 'NOT_CLAIMANT');
    });

    it('gives a named item to one of many moderators claiming it at once, to another only after the lease, and never once decided', async () => {
      const { itemIds } = await seedHeld(t, w, sql, 1);
      const keys = await Promise.all(Array.from({ length: 8 }, () => t.key('moderator')));
      const answers = await Promise.all(keys.map((key) => post(`/v1/moderation/items/${itemIds[0]}/claim`, {}, key)));
      const winners = answers.filter((res) => res.status === 200);
      expect(winners).toHaveLength(1);
      for (const res of answers.filter((r) => r.status !== 200)) expectError(res, 409, 'ALREADY_CLAIMED');
      const holder = keys[answers.indexOf(winners[0])];
      const held = await sql.query<{ claimed_by: string; version: number }>(`SELECT claimed_by, version FROM moderation_items WHERE id = $1`, [itemIds[0]]);
      expect(held[0]).toEqual({ claimed_by: winners[0].body.claimedBy, version: winners[0].body.version });

      await sql.query(`UPDATE moderation_items SET lease_until = now() - interval '1 second' WHERE id = $1`, [itemIds[0]]);
      const taker = keys.find((key) => key !== holder) as string;
      const taken = await post(`/v1/moderation/items/${itemIds[0]}/claim`, {}, taker);
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ id: itemIds[0], state: 'claimed', version: winners[0].body.version + 1 });
      expect(taken.body.claimedBy).not.toBe(winners[0].body.claimedBy);

      expect((await post(`/v1/moderation/items/${itemIds[0]}/decisions`, { action: 'approve', version: taken.body.version }, taker)).status).toBe(201);
      expectError(await post(`/v1/moderation/items/${itemIds[0]}/claim`, {}, holder), 409, 'ITEM_CLOSED');
    });

    it('a tiny configured lease expires by itself', async () => {
      const short = await createTestApp({ env: { MODERATION_LEASE_SECONDS: '1' } });
      const ssql = openSql(short);
      try {
        const sw = await buildWorld(short);
        const { itemIds } = await seedHeld(short, sw, ssql, 1);
        const first = await request(short.server).post('/v1/moderation/claims').set(...bearer(sw.moderatorKey)).send({ count: 1 });
        expect(first.body).toMatchObject({ leaseSeconds: 1, items: [{ id: itemIds[0] }] });
        const other = await short.key('moderator');
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        const second = await request(short.server).post('/v1/moderation/claims').set(...bearer(other)).send({ count: 1 });
        expect(second.body.items).toEqual([expect.objectContaining({ id: itemIds[0] })]);
      } finally {
        await ssql.close();
        await short.close();
      }
    });

    it('renews its own lease, and releases only its own claim', async () => {
      const { itemIds } = await seedHeld(t, w, sql, 1);
      const v1 = await claim(t, w.moderatorKey, itemIds[0]);
      expect(await claim(t, w.moderatorKey, itemIds[0])).toBe(v1 + 1);
      const other = await t.key('moderator');
      expectError(await request(t.server).delete(`/v1/moderation/items/${itemIds[0]}/claim`).set(...bearer(other)), 403, 'NOT_CLAIMANT');
      expect((await request(t.server).delete(`/v1/moderation/items/${itemIds[0]}/claim`).set(...bearer(w.moderatorKey))).status).toBe(204);
      expectError(await request(t.server).delete(`/v1/moderation/items/${itemIds[0]}/claim`).set(...bearer(w.moderatorKey)), 409, 'NOT_CLAIMED');
    });

    it('refuses a decision on a stale version with 409 STALE_VERSION', async () => {
      const { itemIds } = await seedHeld(t, w, sql, 1);
      const version = await claim(t, w.moderatorKey, itemIds[0]);
      const renewed = await claim(t, w.moderatorKey, itemIds[0]);
      const stale = await post(`/v1/moderation/items/${itemIds[0]}/decisions`, { action: 'approve', version });
      expectError(stale, 409, 'STALE_VERSION');
      expect(stale.body.details).toEqual({ currentVersion: renewed });
      expect((await post(`/v1/moderation/items/${itemIds[0]}/decisions`, { action: 'approve', version: renewed })).status).toBe(201);
    });

    it('claims honour filters, and skip escalated items unless senior', async () => {
      await seedHeld(t, w, sql, 2, { productId: w.otherProduct.id });
      const { itemIds } = await seedHeld(t, w, sql, 1);
      await sql.query('UPDATE moderation_items SET escalated = true WHERE id = $1', [itemIds[0]]);
      const res = await post('/v1/moderation/claims', { count: 10, filters: { productId: w.product.id } });
      expect(res.body.items).toEqual([]);
      expectError(await post(`/v1/moderation/items/${itemIds[0]}/claim`, {}), 403, 'SENIOR_REQUIRED');
      const admin = await post('/v1/moderation/claims', { count: 10, filters: { productId: w.product.id } }, w.adminKey);
      expect(admin.body.items).toEqual([expect.objectContaining({ id: itemIds[0], escalated: true })]);
    });
  });
});
