import { createHash } from 'node:crypto';
import { aggregateRatingJsonLd, ratingFigures, verifiedRating, type StarCounts } from './domain/rating-figures.js';
import type { RatingDocumentView } from './rating-document.view.js';
import type { ProductAggregate } from './ratings.repository.js';
import { storefrontBody, type StorefrontBody } from './storefront-cache.js';

export const storefrontEtag = (...parts: string[]): string => `"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`;

/**
 * The storefront rating document for one product, rendered once and served as bytes until the aggregate changes.
 * `verifiedCounts` are read with the aggregate: the trigger bumps its version on any change to a verified rating too.
 */
export function renderRating(aggregate: ProductAggregate, verifiedCounts: StarCounts, prior: { weight: number; mean: number }, cacheKey: string): StorefrontBody {
  const productId = aggregate.product.id;
  const figures = ratingFigures(aggregate.totals, { priorWeight: prior.weight, priorMean: prior.mean });
  const body: RatingDocumentView = {
    productId, ...figures, verified: verifiedRating(aggregate.product, verifiedCounts), aggregateVersion: aggregate.version, jsonLd: aggregateRatingJsonLd(aggregate.product, figures),
    note: 'Same figures on every channel: channel SKUs map to one product. Folded reviews count; star rating and sentiment never decide publication.',
  };
  return storefrontBody(storefrontEtag('rating', productId, aggregate.version, cacheKey), JSON.stringify(body));
}
