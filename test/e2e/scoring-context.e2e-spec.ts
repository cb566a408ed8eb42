import request from 'supertest';
import { DataSource } from 'typeorm';
import { ScoringContextRepository } from '../../src/scoring/scoring-context.repository.js';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The product-level context the simulation harness models, read by the real loader SQL from
 * PostgreSQL: the newcomer window either side of the item, and the 24h after it (reviews
 * stored later, seen when the item is re-scored).
 */
describe('scoring context loader: product newcomers and the 24h after an item', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let repo: ScoringContextRepository;
  const T = new Date('2026-11-20T12:00:00Z');

  /** Posts a review as `reviewer` and moves it to `at` (intake stamps the arrival time itself). */
  const post = async (reviewer: string, productId: string, at: Date): Promise<{ id: string; reviewerId: string }> => {
    const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key))
      .send(reviewBody({ productId, reviewer: { externalId: reviewer, displayName: reviewer } }));
    expect(res.status).toBe(202);
    const [row] = await sql.query<{ reviewer_id: string }>('UPDATE reviews SET received_at = $2 WHERE id = $1 RETURNING reviewer_id', [res.body.id, at]);
    return { id: res.body.id, reviewerId: row.reviewer_id };
  };

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    repo = new ScoringContextRepository(t.app.get(DataSource));
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('counts first items around the item and the reviews stored in the 24h after it', async () => {
    const p = w.product.id;
    await post('old-a', w.otherProduct.id, new Date(T.getTime() - 10 * DAY)); // makes old-a's product review not a first item
    await post('old-a', p, new Date(T.getTime() - 3 * DAY));
    await post('gone-g', p, new Date(T.getTime() - 9 * DAY)); // first item, but outside the 7-day window
    await post('new-b', p, new Date(T.getTime() - 2 * DAY));
    await post('new-c', p, new Date(T.getTime() - HOUR));
    await post('new-d', p, new Date(T.getTime() + 2 * HOUR)); // stored later: in the 24h after
    await post('new-e', p, new Date(T.getTime() + 30 * HOUR)); // after, but beyond 24h
    const item = await post('new-f', p, T);

    const review = { id: item.id, productId: p, reviewerId: item.reviewerId, receivedAt: T, ipHash: null, deviceHash: null };
    const facts = await repo.facts(review, 'no-such-hash', 72, 2, 7);

    // Within ±7 days, the item excluded: old-a, new-b, new-c, new-d, new-e; all but old-a were first items.
    expect(facts.newcomers).toEqual({ windowDays: 7, reviews: 5, firstReviews: 4 });
    expect(facts.activity).toMatchObject({ countLast24h: 1, countNext24h: 1, countSinceFirst: 4 });
    expect(facts.activity.firstReviewAt?.toISOString()).toBe(new Date(T.getTime() - 9 * DAY).toISOString());
    expect(facts.reviewer.reviewCount).toBe(0);

    const narrow = await repo.facts(review, 'no-such-hash', 72, 2, 1);
    expect(narrow.newcomers).toEqual({ windowDays: 1, reviews: 2, firstReviews: 2 }); // new-c and new-d
  });
});
