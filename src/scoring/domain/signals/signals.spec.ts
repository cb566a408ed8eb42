import type { ScorableItem, ScoringContext } from '../scoring.types.js';
import { buildTextFeatures } from '../score-item.js';
import { NOW, fakeAnalyzer, makeContext, makeItem } from '../../../../test/fixtures/scoring/scoring.fixture.js';
import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { SIGNALS } from './all-signals.js';
import { poissonSurprise } from './poisson-surprise.js';
import { countNumberRuns, shoutingCounts } from './text-signals.js';
import type { SignalId } from './signal-ids.js';

const rules = testRuleSet();
const DAY = 86_400_000;

function run(id: SignalId, item: Partial<ScorableItem> = {}, context: Partial<ScoringContext> = {}, analyzer = fakeAnalyzer()) {
  const full = makeItem(item);
  return SIGNALS[id]({ item: full, context: makeContext(context), rules, text: buildTextFeatures(full, analyzer), now: NOW });
}

const reviewer = makeContext().reviewer;
const product = makeContext().product;
const network = makeContext().network;

describe('signals (value and reason)', () => {
  const cases: { id: SignalId; item?: Partial<ScorableItem>; context?: Partial<ScoringContext>; value: number | null; reason?: RegExp }[] = [
    { id: 'rating_deviation', item: { rating: 5 }, context: { product: { ...product, ratings: { count: 48, sum: 100.8, sumSq: 250 } } }, value: 2.9, reason: /5★ while the product's mean is 2\.1 over 48 ratings/ },
    { id: 'rating_deviation', item: { rating: 1 }, context: { product: { ...product, ratings: { count: 3, sum: 15, sumSq: 75 } } }, value: null },
    { id: 'rating_deviation', item: { rating: null }, value: null },
    { id: 'rating_extremity', item: { rating: 1 }, value: 1 },
    { id: 'rating_extremity', item: { rating: 3 }, value: 0 },
    { id: 'reviewer_polarity_skew', item: { rating: 5 }, context: { reviewer: { ...reviewer, ratingHistogram: [2, 0, 0, 0, 1] } }, value: 1 },
    { id: 'reviewer_polarity_skew', item: { rating: 5 }, context: { reviewer: { ...reviewer, ratingHistogram: [0, 0, 1, 0, 0] } }, value: null },
    { id: 'product_burst', context: { product: { ...product, activity: { ...product.activity, dailyCounts: Array(28).fill(2), countLast24h: 1 } } }, value: 0.233 },
    { id: 'reviewer_max_per_day', context: { reviewer: { ...reviewer, maxPerDay: 2, reviewsLast24h: 6 } }, value: 7 },
    { id: 'reviewer_burstiness', context: { reviewer: { ...reviewer, reviewCount: 3, firstSeenAt: new Date(NOW.getTime() - 7 * DAY) } }, value: 0.75 },
    { id: 'reviewer_burstiness', context: { reviewer: { ...reviewer, reviewCount: 0, firstSeenAt: null } }, value: null },
    { id: 'early_window', context: { product: { ...product, activity: { ...product.activity, countSinceFirst: 0 } } }, value: 0, reason: /first review/ },
    { id: 'one_review_account', context: { reviewer: { ...reviewer, reviewCount: 0 } }, value: 1 },
    { id: 'account_age', context: { reviewer: { ...reviewer, accountCreatedAt: new Date(NOW.getTime() - 2 * DAY) } }, value: 2, reason: /account created 2 day/ },
    { id: 'account_age', context: { reviewer: { ...reviewer, accountCreatedAt: null, firstSeenAt: new Date(NOW.getTime() - 9 * DAY) } }, value: null },
    { id: 'unverified_purchase', item: { verification: 'none' }, value: 1 },
    { id: 'verified_purchase', item: { verification: 'invitation' }, value: 0.5 },
    { id: 'device_cluster', context: { network: { ...network, windowHours: 168, reviewersSharingDevice: 9 } }, value: 9, reason: /9 reviewer\(s\) used this device in 168h/ },
    { id: 'device_cluster', context: { network: { ...network, windowHours: 72, deviceWindowHours: 720, reviewersSharingDevice: 4 } }, value: 4, reason: /4 reviewer\(s\) used this device in 30 days/ },
    { id: 'exact_duplicate', item: { body: '给孩子买的，尺码很标准，续航挺给力，颜色很正。' }, context: { exactDuplicates: [{ itemId: 'a', sameAuthor: false, sameProduct: false }, { itemId: 'b', sameAuthor: true, sameProduct: true }] }, value: 1 },
    { id: 'exact_duplicate', item: { body: '好评' }, context: { exactDuplicates: [{ itemId: 'a', sameAuthor: false, sameProduct: true }] }, value: 0, reason: /too short to compare \(2 of 8 units needed\)/ },
    { id: 'exact_duplicate', item: { body: '给孩子买的，尺码很标准，续航挺给力，颜色很正。' }, context: { exactDuplicates: [] }, value: 0, reason: /no identical text from other authors/ },
    { id: 'near_duplicate', item: { body: '好评' }, context: { nearDuplicates: [{ itemId: 'a', similarity: 0.9, sameAuthor: false, sameProduct: true }] }, value: 0, reason: /too short to compare \(2 of 12 units needed\)/ },
    { id: 'near_duplicate', item: { body: '给孩子买的，尺码很标准，续航挺给力，颜色很正。' }, context: { nearDuplicates: [{ itemId: 'a', similarity: 0.82, sameAuthor: false, sameProduct: true }] }, value: 0.82, reason: /best similarity 82%/ },
    { id: 'same_author_copy', item: { body: '给孩子买的，尺码很标准，续航挺给力，颜色很正。' }, context: { nearDuplicates: [{ itemId: 'a', similarity: 0.9, sameAuthor: true, sameProduct: false }] }, value: 1 },
    { id: 'filler_repetition', item: { body: '好评好评好评好评好评好评好评好评' }, value: 0.857 },
    { id: 'filler_repetition', item: { body: '物流很快，质量不错，用了十天没有问题' }, value: 0 },
    { id: 'filler_repetition', item: { body: '好评' }, value: null },
    { id: 'first_person_ratio', item: { body: 'I love it, my kids love it and I use it daily' }, value: 0.25 },
    { id: 'low_specificity', item: { body: '用了10天，电池还行', mediaCount: 2 }, value: 5 },
    { id: 'shouting', item: { body: 'BEST PRODUCT EVER BUY NOW!!!' }, value: 1 },
    { id: 'shouting', item: { body: 'Works fine, arrived on time.' }, value: 0.045 },
  ];

  it.each(cases)('$id → $value', ({ id, item, context, value, reason }) => {
    const signal = run(id, item, context);
    if (value === null) {
      expect(signal).toBeNull();
      return;
    }
    expect(signal?.value).toBeCloseTo(value, 2);
    expect(signal?.reason.length).toBeGreaterThan(0);
    if (reason) expect(signal?.reason).toMatch(reason);
  });

  it.each([
    { rating: 5, score: -0.8, confidence: 1, value: 0.9 },
    { rating: 5, score: 0.9, confidence: 1, value: 0.05 },
    { rating: 1, score: 0.8, confidence: 0.5, value: 0.45 },
  ])('sentiment_rating_mismatch $rating★ vs $score → $value', ({ rating, score, confidence, value }) => {
    const signal = run('sentiment_rating_mismatch', { rating }, {}, fakeAnalyzer({ score, confidence }));
    expect(signal?.value).toBeCloseTo(value, 2);
  });

  it('generated_text reports the injected classifier', () => {
    expect(run('generated_text', {}, {}, fakeAnalyzer({}, 0.93))?.value).toBeCloseTo(0.93, 3);
  });
});

describe('poissonSurprise', () => {
  it.each([
    [0, 2, 0],
    [1, 2, 0.063],
    [10, 2, 4.33],
    [60, 1, 30],
  ])('k=%d λ=%d → %d', (k, lambda, expected) => {
    expect(poissonSurprise(k, lambda)).toBeCloseTo(expected, 1);
  });
});

describe('text-signal scanners', () => {
  // The one-pass counters replaced regex matches; they must count exactly what those regexes match.
  const pieces = ['A', 'z', 'Q', '1', '٣', '½', '𝟘', '𐄇', '!', '！', '!!', '?', ' ', '十', 'é', 'É', 'ſ', 'K', '\ud800', '\udc00'];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  const texts = ['', '!!', '!！!', 'ABC!!', '12 34 ５６'];
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = Math.floor(next() * 16);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
    texts.push(text);
  }

  it('counts number runs as /\\p{N}+/gu matches', () => {
    for (const text of texts) expect(countNumberRuns(text)).toBe(text.match(/\p{N}+/gu)?.length ?? 0);
  });

  it('counts Latin letters, capitals and "!!" runs as the regexes match them', () => {
    for (const text of texts) {
      expect(shoutingCounts(text)).toEqual({
        letters: text.match(/[A-Za-z]/g)?.length ?? 0,
        upper: text.match(/[A-Z]/g)?.length ?? 0,
        bangs: text.match(/[!！]{2,}/g)?.length ?? 0,
      });
    }
  });
});
