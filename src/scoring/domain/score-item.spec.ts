import { exactHash } from './duplication/exact-hash.js';
import { buildTextFeatures, scoreItem } from './score-item.js';
import type { ScorableItem, ScoringContext, Verdict } from './scoring.types.js';
import { NOW, fakeAnalyzer, makeContext, makeItem } from '../../../test/fixtures/scoring/scoring.fixture.js';
import { testRuleSet } from '../../../test/fixtures/scoring/rule-set.fixture.js';

const rules = testRuleSet();
const DAY = 86_400_000;

const freshAccount: Partial<ScoringContext> = {
  reviewer: {
    reviewCount: 0,
    ratingHistogram: [0, 0, 0, 0, 0],
    maxPerDay: 1,
    reviewsLast24h: 0,
    firstSeenAt: null,
    accountCreatedAt: new Date(NOW.getTime() - 0.5 * DAY),
    previousBodyHashes: [],
  },
  network: { windowHours: 168, reviewersSharingIp: 9, reviewersSharingDevice: 8, coReviewGroupSize: 12, newAccountsOnIp: { windowDays: 30, maxAgeDays: 30, others: 0 } },
};

describe('scoreItem routing', () => {
  const cases: { name: string; item: Partial<ScorableItem>; context?: Partial<ScoringContext>; verdict: Verdict; code?: string }[] = [
    { name: 'ordinary verified review publishes', item: {}, verdict: 'publish' },
    { name: 'negative verified review publishes (no suppression by rating)', item: { rating: 1, body: '质量太垃圾了，用了3天就坏' }, verdict: 'publish' },
    { name: 'Chinese mobile number is withheld', item: { body: '有问题打我电话13812345678' }, verdict: 'withhold', code: 'personal_data' },
    { name: 'link to another shop is withheld', item: { body: 'cheaper at https://othershop.com/deal' }, verdict: 'withhold', code: 'spam' },
    { name: 'allow-listed link publishes', item: { body: 'see https://help.candor.example/returns' }, verdict: 'publish' },
    { name: 'threat is withheld', item: { rating: 1, body: '老板你等着，弄死你' }, verdict: 'withhold', code: 'abuse_harassment' },
    { name: 'undisclosed 好评返现 is held', item: { body: '五星好评返现5元，很划算' }, verdict: 'hold', code: 'incentivised_undisclosed' },
    { name: 'complaint about 好评返现 publishes', item: { rating: 2, body: '商家要求好评返现，太恶心' }, verdict: 'publish' },
    { name: 'labelled incentive publishes', item: { body: 'I received this product for free in exchange for my honest review', incentivized: true, incentiveType: 'free_product' }, verdict: 'publish' },
    {
      name: 'near-copy by another author is held',
      item: {},
      context: { nearDuplicates: [{ itemId: 'x', similarity: 0.9, sameAuthor: false, sameProduct: false }] },
      verdict: 'hold',
      code: 'duplicate',
    },
    { name: 'fresh unverified account on a device farm is held', item: { verification: 'none', rating: 5, body: '很好很好' }, context: freshAccount, verdict: 'hold', code: 'fake_or_not_genuine' },
  ];

  it.each(cases)('$name', ({ item, context, verdict, code }) => {
    const result = scoreItem(makeItem(item), makeContext(context), rules, fakeAnalyzer(), NOW);
    expect(result.verdict).toBe(verdict);
    if (code) expect(result.reasonCodes).toContain(code);
    expect(result.ruleSetVersion).toBe('2026-01-01.1');
  });
});

describe('scoreItem never lets sentiment decide the verdict', () => {
  const sentiments = [
    { label: 'positive' as const, score: 0.9, confidence: 0.95 },
    { label: 'negative' as const, score: -0.9, confidence: 0.95 },
    { label: 'neutral' as const, score: 0, confidence: 0.2 },
  ];
  it.each([1, 3, 5])('rating %d★: same verdict and fakeScore for every sentiment', (rating) => {
    const results = sentiments.map((s) => scoreItem(makeItem({ rating }), makeContext(), rules, fakeAnalyzer(s), NOW));
    expect(new Set(results.map((r) => r.verdict)).size).toBe(1);
    expect(new Set(results.map((r) => r.fakeScore)).size).toBe(1);
  });

  it('strong negative mismatch raises priority only', () => {
    const calm = scoreItem(makeItem({ rating: 5 }), makeContext(), rules, fakeAnalyzer({ score: 0.8 }), NOW);
    const mismatch = scoreItem(makeItem({ rating: 5 }), makeContext(), rules, fakeAnalyzer({ label: 'negative', score: -0.9, confidence: 1 }), NOW);
    expect(mismatch.priority).toBeGreaterThan(calm.priority);
    expect(mismatch.verdict).toBe(calm.verdict);
  });
});

describe('scoreItem output', () => {
  it('explains every applicable signal and tags aspects', () => {
    const result = scoreItem(makeItem({ body: '物流很快，质量不错，用了10天' }), makeContext(), rules, fakeAnalyzer(), NOW);
    expect(result.aspects).toEqual(expect.arrayContaining(['logistics', 'quality']));
    expect(result.signals.map((s) => s.id)).toContain('rating_deviation');
    for (const s of result.signals) expect(s.reason.length).toBeGreaterThan(0);
    expect(result.fakeScore).toBeGreaterThanOrEqual(0);
    expect(result.fakeScore).toBeLessThanOrEqual(1);
    expect(result.priority).toBeGreaterThanOrEqual(0);
    expect(result.priority).toBeLessThanOrEqual(100);
  });
});

describe('buildTextFeatures body hash', () => {
  it.each([
    { name: 'no title: hash of the normalised text', title: '', body: '質量很好，物流很快！' },
    { name: 'with title: hash of the body alone', title: 'Great', body: 'Battery lasts 2 days.' },
    { name: 'empty body', title: '', body: '' },
  ])('$name equals exactHash(body)', ({ title, body }) => {
    expect(buildTextFeatures(makeItem({ title, body }), fakeAnalyzer()).bodyHash).toBe(exactHash(body));
  });

  it('uses the hash the caller loaded the context with', () => {
    expect(buildTextFeatures(makeItem(), fakeAnalyzer(), 'from-loader').bodyHash).toBe('from-loader');
  });
});
