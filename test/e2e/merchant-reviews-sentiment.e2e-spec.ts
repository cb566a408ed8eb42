import request from 'supertest';
import { bearer, expectError } from '../utils/e2e.js';
import { seedReviews } from '../utils/moderation-fixtures.js';
import { worldSuite } from '../utils/world-suite.js';

/** Issue 15 item 6: the merchant inbox filters by sentiment label and aspect and sorts by sentiment score. */
describe('GET /v1/merchant/reviews — sentiment and aspects', () => {
  const s = worldSuite();
  let ids: { neg: string; mixed: string; pos: string; unscored: string };
  const list = (query: Record<string, unknown>): request.Test =>
    request(s.t.server).get('/v1/merchant/reviews').query(query).set(...bearer(s.w.merchant.key));

  beforeAll(async () => {
    const { reviewIds } = await seedReviews(s.t, s.w, s.sql, 4, { status: 'published', body: (n) => `Review number ${n} about the tent.` });
    const [neg, mixed, pos, unscored] = reviewIds;
    ids = { neg, mixed, pos, unscored };
    const score = (id: string, label: string, value: number, aspects: string[]): Promise<unknown> => s.sql.query(
      `INSERT INTO review_scores (review_id, revision, rule_set_version, rule_set_hash, fake_score, sentiment_label, sentiment_score,
                                  sentiment_confidence, language, aspects, signals, verdict, priority, reason_codes, scored_at)
       VALUES ($1, 1, 'v', 'h', 0.1, $2, $3, 0.9, 'en', $4, '[]', 'publish', 10, '{}', now())`, [id, label, value, aspects]);
    await score(neg, 'negative', -0.9, ['logistics']);
    await score(mixed, 'mixed', -0.1, ['logistics', 'quality']);
    await score(pos, 'positive', 0.8, ['quality']);
  });

  it('sorts most negative first, unscored last, and pages through with the cursor', async () => {
    const first = await list({ sort: 'sentiment_asc', limit: 2 });
    expect(first.status).toBe(200);
    expect(first.body.data.map((r: any) => [r.id, r.sentiment, r.sentimentScore])).toEqual([[ids.neg, 'negative', -0.9], [ids.mixed, 'mixed', -0.1]]);
    const second = await list({ sort: 'sentiment_asc', limit: 2, cursor: first.body.nextCursor });
    expect(second.body.data.map((r: any) => r.id)).toEqual([ids.pos, ids.unscored]);
    expect(second.body.data[1]).toMatchObject({ sentiment: null, sentimentScore: null, aspects: [] });
  });

  it('sorts most positive first', async () => {
    const res = await list({ sort: 'sentiment_desc' });
    expect(res.body.data.map((r: any) => r.id)).toEqual([ids.pos, ids.mixed, ids.neg, ids.unscored]);
  });

  it('filters by sentiment label, by aspect, and by both', async () => {
    expect((await list({ sentiment: 'negative' })).body.data.map((r: any) => r.id)).toEqual([ids.neg]);
    expect((await list({ aspect: 'logistics', sort: 'sentiment_desc' })).body.data.map((r: any) => r.id)).toEqual([ids.mixed, ids.neg]);
    expect((await list({ aspect: 'quality', sentiment: 'positive' })).body.data.map((r: any) => r.id)).toEqual([ids.pos]);
  });

  it('refuses an unknown sentiment label and a cursor from another sort', async () => {
    expectError(await list({ sentiment: 'angry' }), 400, 'VALIDATION_FAILED');
    const page = await list({ sort: 'sentiment_asc', limit: 1 });
    expectError(await list({ sort: 'sentiment_desc', cursor: page.body.nextCursor }), 400);
  });
});
