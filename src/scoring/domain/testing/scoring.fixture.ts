/** Test-only builders for items, contexts and a fake text analyzer. */
import type { ScorableItem, ScoringContext, TextAnalyzer } from '../scoring.types.js';
import type { SentimentResult } from '../text-models.types.js';

export const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

export function makeItem(overrides: Partial<ScorableItem> = {}): ScorableItem {
  return {
    id: 'item-1',
    kind: 'review',
    rating: 4,
    title: '',
    body: '用了10天，电池续航不错，物流也快。',
    channel: 'web',
    productId: 'p1',
    merchantId: 'm1',
    reviewerId: 'r1',
    verification: 'order_match',
    incentivized: false,
    incentiveType: null,
    submittedAt: NOW,
    receivedAt: NOW,
    mediaCount: 0,
    ...overrides,
  };
}

export function makeContext(overrides: Partial<ScoringContext> = {}): ScoringContext {
  return {
    product: {
      ratings: { count: 40, sum: 160, sumSq: 660 },
      activity: { dailyCounts: Array(28).fill(2), countLast24h: 1, countSinceFirst: 56, firstReviewAt: new Date(NOW.getTime() - 60 * DAY) },
      newAccounts: { windowHours: 24, maxAgeDays: 30, reviews: 1, fromNewAccounts: 0 },
    },
    reviewer: {
      reviewCount: 6,
      ratingHistogram: [0, 1, 1, 2, 2],
      maxPerDay: 1,
      reviewsLast24h: 0,
      firstSeenAt: new Date(NOW.getTime() - 400 * DAY),
      accountCreatedAt: new Date(NOW.getTime() - 500 * DAY),
      previousBodyHashes: [],
    },
    exactDuplicates: [],
    nearDuplicates: [],
    network: { windowHours: 72, reviewersSharingIp: 1, reviewersSharingDevice: 1, coReviewGroupSize: 0, newAccountsOnIp: { windowDays: 30, maxAgeDays: 30, others: 0 } },
    featurePercentiles: {},
    ...overrides,
  };
}

export function fakeAnalyzer(sentiment: Partial<SentimentResult> = {}, generatedLikelihood = 0.1): TextAnalyzer {
  return {
    sentiment: () => ({ label: 'positive', score: 0.6, confidence: 0.8, language: 'zh', ...sentiment }),
    classify: () => ({ generatedLikelihood }),
  };
}
