/**
 * Star and sentiment parity (FTC 16 CFR 465.7, issue 14): the verdict of the pure engine never
 * changes when only a review's star rating changes, or only the sentiment read from its text.
 * Checked on generated items and contexts, under the committed rules and the test rules.
 */
import fc from 'fast-check';
import { loadRuleSet } from '../rules.loader.js';
import type { RuleSet } from './rules/rule-set.types.js';
import { scoreItem } from './score-item.js';
import type { ScorableItem, ScoringContext, TextAnalyzer } from './scoring.types.js';
import type { SentimentResult } from './text-models.types.js';
import { makeContext, makeItem, NOW } from '../../../test/fixtures/scoring/scoring.fixture.js';
import { testRuleSet } from '../../../test/fixtures/scoring/rule-set.fixture.js';

const DAY = 86_400_000;

const TEXTS = [
  'Pitched it in 10 minutes on the first try; stayed dry through a night of rain.',
  'Broke after two days. The zipper split and support never answered my emails.',
  'Great product!!! Best ever!!! Five stars!!!',
  'I received this product for free in exchange for my honest review. Love it.',
  '用了10天，电池续航不错，物流也快。',
  '质量太差了，用了三天就坏了，客服也不理人。',
  '好评返现，五星好评送小礼品，东西还行。',
  'ok',
  'Visit www.cheap-deals.example for more, call me at 555-0100.',
  'The fabric is thinner than the photos suggest but the stitching at the 4 corners held up on a 12 km hike.',
];

const sentimentArb: fc.Arbitrary<SentimentResult> = fc.record({
  label: fc.constantFrom('positive', 'negative', 'neutral'),
  score: fc.double({ min: -1, max: 1, noNaN: true }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  language: fc.constantFrom('en', 'zh'),
}) as fc.Arbitrary<SentimentResult>;

/** Mostly ordinary values, sometimes extreme ones: both publishes and holds get exercised. */
const skewed = (min: number, usual: number, max: number): fc.Arbitrary<number> =>
  fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max: usual }) }, { weight: 1, arbitrary: fc.integer({ min, max }) });

const date = (minDays: number, maxDays: number): fc.Arbitrary<Date> => fc.integer({ min: minDays, max: maxDays }).map((d) => new Date(NOW.getTime() - d * DAY));

const contextArb: fc.Arbitrary<ScoringContext> = fc.record({
  count: fc.integer({ min: 0, max: 300 }), mean: fc.double({ min: 1, max: 5, noNaN: true }),
  dailyCounts: fc.array(skewed(0, 3, 30), { maxLength: 28 }), last24: skewed(0, 2, 120), since: fc.integer({ min: 0, max: 500 }),
  newReviews: fc.integer({ min: 0, max: 60 }), newFresh: skewed(0, 1, 60),
  reviewCount: fc.integer({ min: 0, max: 40 }), histogram: fc.tuple(...Array.from({ length: 5 }, () => fc.integer({ min: 0, max: 10 }))),
  maxPerDay: skewed(1, 2, 12), reviewsLast24h: skewed(0, 1, 10),
  firstSeen: fc.option(date(0, 900)), created: fc.option(date(0, 2000)),
  exact: fc.array(fc.record({ itemId: fc.uuid(), sameAuthor: fc.boolean(), sameProduct: fc.boolean() }), { maxLength: 1 }),
  near: fc.array(fc.record({ itemId: fc.uuid(), similarity: fc.double({ min: 0.5, max: 1, noNaN: true }), sameAuthor: fc.boolean(), sameProduct: fc.boolean() }), { maxLength: 1 }),
  ip: skewed(1, 2, 30), device: skewed(1, 1, 12), coReview: skewed(0, 1, 20), ipNew: skewed(0, 0, 10),
}).map((g) => makeContext({
  product: {
    ratings: { count: g.count, sum: g.count * g.mean, sumSq: g.count * g.mean * g.mean },
    activity: { dailyCounts: g.dailyCounts, countLast24h: g.last24, countSinceFirst: g.since, firstReviewAt: g.since > 0 ? new Date(NOW.getTime() - 60 * DAY) : null },
    newAccounts: { windowHours: 24, maxAgeDays: 30, reviews: Math.max(g.newReviews, g.newFresh), fromNewAccounts: g.newFresh },
  },
  reviewer: {
    reviewCount: g.reviewCount, ratingHistogram: g.histogram as [number, number, number, number, number], maxPerDay: g.maxPerDay,
    reviewsLast24h: g.reviewsLast24h, firstSeenAt: g.firstSeen, accountCreatedAt: g.created, previousBodyHashes: [],
  },
  exactDuplicates: g.exact,
  nearDuplicates: g.near,
  network: { windowHours: 72, reviewersSharingIp: g.ip, reviewersSharingDevice: g.device, coReviewGroupSize: g.coReview, newAccountsOnIp: { windowDays: 30, maxAgeDays: 30, others: g.ipNew } },
}));

const itemArb: fc.Arbitrary<ScorableItem> = fc.record({
  body: fc.constantFrom(...TEXTS), title: fc.constantFrom('', 'Honest review', '好评'),
  verification: fc.constantFrom('order_match', 'invitation', 'none'), incentivized: fc.boolean(),
  ipHash: fc.option(fc.constant('ip-1'), { nil: undefined }), deviceHash: fc.option(fc.constant('dev-1'), { nil: undefined }),
  writtenDaysAgo: fc.integer({ min: 0, max: 400 }), intakeMode: fc.constantFrom('live', 'import'), mediaCount: fc.integer({ min: 0, max: 3 }),
}).map((g) => makeItem({
  body: g.body, title: g.title, verification: g.verification as ScorableItem['verification'], incentivized: g.incentivized,
  incentiveType: g.incentivized ? 'free_product' : null, ipHash: g.ipHash, deviceHash: g.deviceHash,
  submittedAt: new Date(NOW.getTime() - g.writtenDaysAgo * DAY), receivedAt: NOW, intakeMode: g.intakeMode as ScorableItem['intakeMode'], mediaCount: g.mediaCount,
}));

const analyzer = (sentiment: SentimentResult, generatedLikelihood: number): TextAnalyzer => ({
  sentiment: () => sentiment,
  classify: () => ({ generatedLikelihood, deceptionLikelihood: 0.2 }),
});

const stars = fc.integer({ min: 1, max: 5 });
const generated = fc.double({ min: 0, max: 1, noNaN: true });

describe.each([
  ['the committed rules', (): Promise<RuleSet> => loadRuleSet()],
  ['the test rules', (): Promise<RuleSet> => Promise.resolve(testRuleSet())],
])('star and sentiment parity under %s', (_name, load) => {
  let rules: RuleSet;
  beforeAll(async () => {
    rules = await load();
  });

  it('changing only the star rating never changes the verdict (nor the fake score)', () => {
    fc.assert(fc.property(itemArb, contextArb, stars, stars, sentimentArb, generated, (item, context, a, b, sentiment, gen) => {
      const score = (rating: number) => scoreItem({ ...item, rating }, context, rules, analyzer(sentiment, gen), NOW);
      const [x, y] = [score(a), score(b)];
      expect({ verdict: y.verdict, fakeScore: y.fakeScore }).toEqual({ verdict: x.verdict, fakeScore: x.fakeScore });
    }), { numRuns: 300 });
  });

  it('changing only the sentiment of the text never changes the verdict (nor the fake score)', () => {
    fc.assert(fc.property(itemArb, contextArb, stars, sentimentArb, sentimentArb, generated, (item, context, rating, s1, s2, gen) => {
      const score = (sentiment: SentimentResult) => scoreItem({ ...item, rating }, context, rules, analyzer(sentiment, gen), NOW);
      const [x, y] = [score(s1), score(s2)];
      expect({ verdict: y.verdict, fakeScore: y.fakeScore }).toEqual({ verdict: x.verdict, fakeScore: x.fakeScore });
    }), { numRuns: 300 });
  });

  it('is not vacuous: the generated cases reach both publish and hold', () => {
    const verdicts = new Set(fc.sample(fc.tuple(itemArb, contextArb, stars, sentimentArb, generated), { numRuns: 300, seed: 14 })
      .map(([item, context, rating, sentiment, gen]) => scoreItem({ ...item, rating }, context, rules, analyzer(sentiment, gen), NOW).verdict));
    expect([...verdicts]).toEqual(expect.arrayContaining(['publish', 'hold']));
  });
});
