/**
 * Storefront rating math (pure). Inputs are the running totals kept by the
 * database trigger; nothing here depends on "now", so the same aggregate version
 * always yields the same figures (and the same ETag) on every channel.
 */
export const RECENCY_ANCHOR = '2020-01-01T00:00:00Z';
/** Fixed in the aggregate trigger (the weights are stored pre-multiplied); changing it needs a recompute. */
export const RECENCY_HALF_LIFE_DAYS = 180;

/** Counts of 1★ … 5★ ratings, in that order. */
export type StarCounts = [number, number, number, number, number];

export interface RatingTotals {
  ratingCount: number;
  ratingSum: number;
  counts: StarCounts;
  verifiedCount: number;
  verifiedSum: number;
  incentivizedCount: number;
  recencyWeight: number;
  recencyWeightedSum: number;
}

export interface RatingParams {
  /** Bayesian prior strength: how many ratings at the prior mean each product starts with. */
  priorWeight: number;
  priorMean: number;
}

export interface RatingFigures {
  count: number;
  mean: number | null;
  bayesianAverage: number | null;
  recencyWeightedAverage: number | null;
  distribution: { '1': number; '2': number; '3': number; '4': number; '5': number };
  verified: { count: number; average: number | null };
  incentivizedCount: number;
  formula: {
    mean: string;
    bayesianAverage: string;
    recencyWeightedAverage: string;
    parameters: { priorWeight: number; priorMean: number; halfLifeDays: number; recencyTime: string; verifiedMeans: string };
  };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

export const EMPTY_TOTALS: RatingTotals = {
  ratingCount: 0, ratingSum: 0, counts: [0, 0, 0, 0, 0], verifiedCount: 0, verifiedSum: 0, incentivizedCount: 0, recencyWeight: 0, recencyWeightedSum: 0,
};

export function ratingFigures(totals: RatingTotals, params: RatingParams): RatingFigures {
  const n = totals.ratingCount;
  const [c1, c2, c3, c4, c5] = totals.counts;
  return {
    count: n,
    mean: n > 0 ? round2(totals.ratingSum / n) : null,
    // With no ratings there is nothing to shrink toward the prior: showing the prior as a score would invent one.
    bayesianAverage: n > 0 ? round2((params.priorWeight * params.priorMean + totals.ratingSum) / (params.priorWeight + n)) : null,
    recencyWeightedAverage: n > 0 && totals.recencyWeight > 0 ? round2(totals.recencyWeightedSum / totals.recencyWeight) : null,
    distribution: { '1': c1, '2': c2, '3': c3, '4': c4, '5': c5 },
    verified: { count: totals.verifiedCount, average: totals.verifiedCount > 0 ? round2(totals.verifiedSum / totals.verifiedCount) : null },
    incentivizedCount: totals.incentivizedCount,
    formula: {
      mean: 'sum(rating) / n over published and folded reviews',
      bayesianAverage: '(priorWeight * priorMean + sum(rating)) / (priorWeight + n)',
      recencyWeightedAverage: 'sum(w_i * rating_i) / sum(w_i), w_i = 0.5 ^ (age_i / halfLifeDays): a review halfLifeDays older counts half as much',
      parameters: {
        priorWeight: params.priorWeight, priorMean: round2(params.priorMean), halfLifeDays: RECENCY_HALF_LIFE_DAYS,
        recencyTime: 'the earlier of when the author wrote it and when Candor received it',
        verifiedMeans: 'verification is order_match or invitation',
      },
    },
  };
}

export interface ProductRef {
  id: string;
  name: string;
  sku: string;
}

/** schema.org AggregateRating of a Product, for search engines. */
export interface AggregateRatingJsonLd {
  '@context': 'https://schema.org';
  '@type': 'AggregateRating';
  description?: string;
  ratingValue: number;
  reviewCount: number;
  ratingCount: number;
  bestRating: 5;
  worstRating: 1;
  itemReviewed: { '@type': 'Product'; name: string; sku: string; productID: string };
}

/** schema.org AggregateRating; null without ratings (an AggregateRating needs ratingCount ≥ 1). */
export function aggregateRatingJsonLd(product: ProductRef, figures: Pick<RatingFigures, 'count' | 'mean'>, description?: string): AggregateRatingJsonLd | null {
  if (figures.count === 0 || figures.mean === null) return null;
  return {
    '@context': 'https://schema.org',
    '@type': 'AggregateRating',
    ...(description === undefined ? {} : { description }),
    ratingValue: figures.mean,
    reviewCount: figures.count,
    ratingCount: figures.count,
    bestRating: 5,
    worstRating: 1,
    itemReviewed: { '@type': 'Product', name: product.name, sku: product.sku, productID: product.id },
  };
}

/** Platform mean for the prior: the mean of every public rating, or 4 stars when there are none yet. */
export function platformMean(totalCount: number, totalSum: number, fallback = 4): number {
  return totalCount > 0 ? round2(totalSum / totalCount) : fallback;
}

export interface VerifiedRating {
  count: number;
  average: number | null;
  distribution: RatingFigures['distribution'];
  /** Its own AggregateRating, for pages that show only verified ratings. */
  jsonLd: AggregateRatingJsonLd | null;
}

export const VERIFIED_ONLY_DESCRIPTION = 'Verified ratings only: the review matched an order or came from a purchase invitation.';

/** The rating over verified reviews only (order match or invitation), with its 1–5★ distribution. */
export function verifiedRating(product: ProductRef, counts: StarCounts): VerifiedRating {
  const count = counts.reduce((a, b) => a + b, 0);
  const sum = counts.reduce((a, n, i) => a + n * (i + 1), 0);
  const average = count > 0 ? round2(sum / count) : null;
  const [c1, c2, c3, c4, c5] = counts;
  return {
    count, average, distribution: { '1': c1, '2': c2, '3': c3, '4': c4, '5': c5 },
    jsonLd: aggregateRatingJsonLd(product, { count, mean: average }, VERIFIED_ONLY_DESCRIPTION),
  };
}
