import { aggregateRatingJsonLd, EMPTY_TOTALS, platformMean, ratingFigures, verifiedRating, VERIFIED_ONLY_DESCRIPTION, type RatingTotals } from './rating-figures.js';

const totals = (ratings: number[], extra: Partial<RatingTotals> = {}): RatingTotals => {
  const counts: RatingTotals['counts'] = [0, 0, 0, 0, 0];
  for (const r of ratings) counts[r - 1] += 1;
  const sum = ratings.reduce((a, b) => a + b, 0);
  return { ...EMPTY_TOTALS, ratingCount: ratings.length, ratingSum: sum, counts, recencyWeight: ratings.length, recencyWeightedSum: sum, ...extra };
};

describe('ratingFigures', () => {
  const params = { priorWeight: 7, priorMean: 4 };

  it.each([
    ['no ratings', [], null, null],
    ['one 1-star', [1], 1, 3.63],
    ['one 5-star', [5], 5, 4.13],
    ['ten 5-star', Array(10).fill(5), 5, 4.59],
    ['mixed', [5, 4, 3, 2, 1], 3, 3.58],
  ])('%s → mean %s, bayesian %s', (_name, ratings, mean, bayes) => {
    const f = ratingFigures(totals(ratings), params);
    expect(f.count).toBe(ratings.length);
    expect(f.mean).toBe(mean);
    expect(f.bayesianAverage).toBe(bayes);
    expect(Object.values(f.distribution).reduce((a, b) => a + b, 0)).toBe(ratings.length);
  });

  it('weights recent ratings more through the stored weights', () => {
    // A 5 with weight 4 (two half-lives newer) and a 1 with weight 1 → (20 + 1) / 5.
    const f = ratingFigures(totals([5, 1], { recencyWeight: 5, recencyWeightedSum: 21 }), params);
    expect(f.recencyWeightedAverage).toBe(4.2);
    expect(f.mean).toBe(3);
  });

  it('reports verified figures and incentivised count separately', () => {
    const f = ratingFigures(totals([5, 3, 4], { verifiedCount: 2, verifiedSum: 7, incentivizedCount: 1 }), params);
    expect(f.verified).toEqual({ count: 2, average: 3.5 });
    expect(f.incentivizedCount).toBe(1);
    expect(f.formula.parameters).toMatchObject({ priorWeight: 7, priorMean: 4, halfLifeDays: 180 });
  });
});

describe('aggregateRatingJsonLd', () => {
  const product = { id: 'p1', name: 'Tent', sku: 'T-1' };

  it('is null without ratings', () => {
    expect(aggregateRatingJsonLd(product, ratingFigures(EMPTY_TOTALS, { priorWeight: 7, priorMean: 4 }))).toBeNull();
  });

  it('carries the required schema.org fields', () => {
    const ld = aggregateRatingJsonLd(product, ratingFigures(totals([4, 5]), { priorWeight: 7, priorMean: 4 }));
    expect(ld).toEqual({
      '@context': 'https://schema.org', '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, ratingCount: 2, bestRating: 5, worstRating: 1,
      itemReviewed: { '@type': 'Product', name: 'Tent', sku: 'T-1', productID: 'p1' },
    });
  });
});

describe('platformMean', () => {
  it.each([[0, 0, 4], [4, 18, 4.5], [3, 10, 3.33]])('(%s, %s) → %s', (n, sum, mean) => {
    expect(platformMean(n, sum)).toBe(mean);
  });
});

describe('verifiedRating', () => {
  const product = { id: 'p1', name: 'Tent', sku: 'T-1' };

  it('counts, averages and distributes verified ratings, with its own AggregateRating', () => {
    const v = verifiedRating(product, [1, 0, 0, 2, 1]);
    expect(v).toMatchObject({ count: 4, average: 3.5, distribution: { 1: 1, 2: 0, 3: 0, 4: 2, 5: 1 } });
    expect(v.jsonLd).toMatchObject({ '@type': 'AggregateRating', ratingValue: 3.5, ratingCount: 4, reviewCount: 4, description: VERIFIED_ONLY_DESCRIPTION });
  });

  it('has no average and no JSON-LD without verified ratings', () => {
    expect(verifiedRating(product, [0, 0, 0, 0, 0])).toMatchObject({ count: 0, average: null, jsonLd: null });
  });
});
