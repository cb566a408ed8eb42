import request from 'supertest';
import { DataSource } from 'typeorm';
import { insertReviewBatch, type NewReviewWrite } from '../../src/reviews/review-batch-insert.js';
import { pgPoolOf } from '../../src/database/pg/pg-pool.js';
import { bearer } from '../utils/e2e.js';
import { reviewBody } from '../utils/fixtures.js';
import { worldSuite } from '../utils/world-suite.js';

/** Concurrent single POSTs share one statement (group commit); each still gets its own, correct answer. */
describe('single POSTs written in shared statements', () => {
  const suite = worldSuite();
  let n = 0;

  const write = (overrides: Partial<NewReviewWrite['row']> = {}, reviewer = `batch-reviewer-${n}`): NewReviewWrite => {
    n += 1;
    const receivedAt = new Date();
    return {
      row: {
        kind: 'review', channelId: suite.w.channel.id, externalId: `batch-${Date.now()}-${n}`, productId: suite.w.product.id, merchantId: suite.w.merchant.id, parentId: null,
        rating: 4, title: 'Fine', body: `Batch review ${n}, long enough to be a review.`, language: 'en', mediaUrls: [], orderRef: null,
        verification: 'none', incentivized: false, incentiveType: null, recommends: null, npsScore: null, contentHash: `hash-${n}`, ipHash: null, deviceHash: null, submittedAt: receivedAt,
        intakeMode: 'live', importId: null,
        ...overrides,
      },
      reviewer: { channelId: suite.w.channel.id, externalId: reviewer, displayName: `Reviewer ${reviewer}`, accountCreatedAt: null },
      receivedAt,
    };
  };

  it('inserts a batch with its reviewers and outbox rows, in input order, leaving repeats and existing keys to the caller', async () => {
    const pool = pgPoolOf(suite.t.app.get(DataSource));
    const existing = write();
    const [stored] = await insertReviewBatch(pool, [existing]);
    const fresh = [write({}, 'shared-reviewer'), write({}, 'shared-reviewer'), write()];
    const repeat = { ...fresh[0], row: { ...fresh[0].row, body: 'Same key, other text' } };
    const results = await insertReviewBatch(pool, [fresh[0], existing, fresh[1], repeat, fresh[2]]);

    expect(stored).toEqual({ id: expect.any(String), verification: 'none' });
    expect(results.map((r) => r !== null)).toEqual([true, false, true, false, true]);
    const ids = results.flatMap((r) => (r ? [r.id] : []));
    const rows = await suite.sql.query<{ id: string; external_id: string; body: string; reviewer: string }>(
      `SELECT r.id, r.external_id, r.body, rv.external_id AS reviewer FROM reviews r JOIN reviewers rv ON rv.id = r.reviewer_id WHERE r.id = ANY($1::uuid[])`, [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([0, 2, 4].map((i) => byId.get(results[i]?.id as string)?.external_id)).toEqual([fresh[0].row.externalId, fresh[1].row.externalId, fresh[2].row.externalId]);
    // The first item of a repeated key is the one written.
    expect(byId.get(results[0]?.id as string)?.body).toBe(fresh[0].row.body);
    expect(await suite.sql.count(`SELECT count(*) AS n FROM reviewers WHERE channel_id = $1 AND external_id = 'shared-reviewer'`, [suite.w.channel.id])).toBe(1);
    expect(await suite.sql.count(`SELECT count(*) AS n FROM outbox_events WHERE topic = 'review.received' AND aggregate_id = ANY($1::uuid[])`, [ids])).toBe(3);
  });

  it('matches an order per review inside a batch (order_match decided server-side)', async () => {
    const orderRef = `ORD-batch-${Date.now()}`;
    const bought = await request(suite.t.server).post('/v1/purchases').set(...bearer(suite.w.channel.key))
      .send({ orderRef, productId: suite.w.product.id, reviewer: { externalId: 'buyer-in-batch' }, purchasedAt: '2025-02-01T12:00:00Z' });
    expect(bought.status).toBe(201);
    const results = await insertReviewBatch(pgPoolOf(suite.t.app.get(DataSource)), [
      write({ orderRef }, 'buyer-in-batch'), write({ orderRef }, 'someone-else'), write({}, 'buyer-in-batch'),
    ]);
    expect(results.map((r) => r?.verification)).toEqual(['order_match', 'none', 'none']);
  });

  it('answers 60 racing POSTs (repeats and edits among them) each correctly, with one row per key', async () => {
    const bodies = Array.from({ length: 50 }, (_, i) => reviewBody({ productId: suite.w.product.id, reviewer: { externalId: `racer-${i % 7}` } }));
    const replays = bodies.slice(0, 5);
    const edits = bodies.slice(5, 10).map((b): Record<string, unknown> => ({ ...b, body: `${String(b.body)} Edited while racing.` }));
    const results = await Promise.all([...bodies, ...replays, ...edits].map((b) => request(suite.t.server).post('/v1/reviews').set(...bearer(suite.w.channel.key)).send(b)));

    expect(results.every((r) => r.status === 200 || r.status === 202)).toBe(true);
    const externalIds = bodies.map((b) => b.externalId as string);
    expect(await suite.sql.count('SELECT count(*) AS n FROM reviews WHERE channel_id = $1 AND external_id = ANY($2::text[])', [suite.w.channel.id, externalIds])).toBe(50);
    const ids = new Map<string, Set<string>>();
    [...bodies, ...replays, ...edits].forEach((b, i) => {
      const set = ids.get(b.externalId as string) ?? new Set<string>();
      set.add(results[i].body.id as string);
      ids.set(b.externalId as string, set);
    });
    expect([...ids.values()].every((set) => set.size === 1)).toBe(true);
    const statuses = results.map((r) => r.body.status as string);
    expect(statuses.filter((s) => s === 'accepted')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'duplicate' || s === 'edited')).toHaveLength(10);
    expect(await suite.sql.count(`SELECT count(*) AS n FROM outbox_events WHERE topic = 'review.received' AND aggregate_id = ANY($1::uuid[])`,
      [[...ids.values()].map((set) => [...set][0])])).toBe(50);
  });
});
