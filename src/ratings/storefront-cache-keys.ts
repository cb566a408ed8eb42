/** The rendered rating depends on the product's aggregate and on the platform prior. */
export const ratingCacheKey = (prior: { weight: number; mean: number }): string => `rating|${prior.weight}|${prior.mean}`;

