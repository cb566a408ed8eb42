import type { ReviewEntity } from '../reviews/review.entity.js';
import { type ContextRequest, fingerprintOf, seeEarlierInBatch } from './scoring-context.loader.js';
import type { BandCandidate, ContextFacts } from './scoring-context.repository.js';

const AT = new Date('2026-11-20T12:00:00Z');
const COPY = 'Absolutely amazing product, best purchase ever, highly recommend to everyone, five stars, will buy again!!';
const OTHER = 'The charger gets two phones to 80% in 40 minutes, stays cool, and the cable is a good 1.5 m long.';

function request(id: string, reviewerId: string, productId: string, body: string): ContextRequest {
  const review = { id, reviewerId, productId, body, title: null, receivedAt: AT, ipHash: 'ip', deviceHash: 'dev', rating: 5 } as unknown as ReviewEntity;
  return { review, fingerprint: fingerprintOf(review) };
}

/** Facts as the query returns them for a burst already committed at intake: non-zero counts everywhere. */
function facts(exact: ContextFacts['exact'] = []): ContextFacts {
  return {
    ratings: { count: 4, sum: 17, sumSq: 75 },
    activity: { dailyCounts: [1, 0, 2], countLast24h: 4, countSinceFirst: 7, firstReviewAt: new Date('2026-11-17T08:00:00Z') },
    newAccounts: { windowHours: 24, maxAgeDays: 30, reviews: 4, fromNewAccounts: 2 },
    reviewer: {
      reviewCount: 2, ratingHistogram: [0, 0, 0, 1, 1], maxPerDay: 3, reviewsLast24h: 2, firstSeenAt: new Date('2026-11-19T00:00:00Z'),
      accountCreatedAt: new Date('2026-11-18T00:00:00Z'), previousBodyHashes: [],
    },
    exact,
    network: { ip: 5, device: 5, coReview: 1, newAccountsOnIp: { windowDays: 30, maxAgeDays: 30, others: 2 } },
  };
}

const batch = [
  request('00000000-0000-4000-8000-000000000001', 'author-a', 'product-1', COPY),
  request('00000000-0000-4000-8000-000000000002', 'author-b', 'product-1', COPY),
  request('00000000-0000-4000-8000-000000000003', 'author-a', 'product-2', `${COPY} Really.`),
  request('00000000-0000-4000-8000-000000000004', 'author-c', 'product-1', OTHER),
];
const noCandidates = (): BandCandidate[][] => batch.map(() => []);

describe('seeEarlierInBatch', () => {
  const seen = seeEarlierInBatch(batch, batch.map(() => facts()), noCandidates());

  // The count facts come from rows intake committed before scoring: the query already counted every batch-mate.
  it.each(['ratings', 'activity', 'newAccounts', 'network'] as const)('leaves the %s counts as the query returned them', (key) => {
    for (const f of seen.facts) expect(f[key]).toEqual(facts()[key]);
  });

  it.each([
    ['reviewCount'], ['ratingHistogram'], ['maxPerDay'], ['reviewsLast24h'], ['firstSeenAt'], ['accountCreatedAt'],
  ] as const)('leaves the reviewer history\'s %s as the query returned it', (key) => {
    for (const f of seen.facts) expect(f.reviewer[key]).toEqual(facts().reviewer[key]);
  });

  it.each([
    { i: 0, copies: [] },
    { i: 1, copies: [batch[0].review.id] },
    { i: 2, copies: [] },
    { i: 3, copies: [] },
  ])('gives review $i the exact copies earlier in the batch: $copies', ({ i, copies }) => {
    expect(seen.facts[i].exact.map((m) => m.reviewId)).toEqual(copies);
  });

  it.each([
    { i: 0, texts: [] },
    { i: 1, texts: [] },
    { i: 2, texts: [{ productId: 'product-1', hash: batch[0].fingerprint.exactHash }] },
    { i: 3, texts: [] },
  ])('gives review $i its author\'s earlier texts in the batch', ({ i, texts }) => {
    expect(seen.facts[i].reviewer.previousBodyHashes).toEqual(texts);
  });

  it('counts a stored exact copy that is re-scored in the batch once, with its new text', () => {
    const stale = { reviewId: batch[0].review.id, reviewerId: 'author-a', productId: 'product-1' };
    const out = seeEarlierInBatch(batch, batch.map(() => facts([stale])), noCandidates());
    expect(out.facts[1].exact).toEqual([stale]);
    expect(out.facts[3].exact).toEqual([]);
  });

  it('offers near copies earlier in the batch as LSH candidates, most shared bands first', () => {
    expect(seen.candidates[0]).toEqual([]);
    expect(seen.candidates[2].map((c) => c.review_id)).toEqual([batch[0].review.id, batch[1].review.id]);
    expect(seen.candidates[2][0].shared).toBeGreaterThan(0);
  });
});
