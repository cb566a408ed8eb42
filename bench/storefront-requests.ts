import type { LoadRequest } from './http-load.js';

export interface StorefrontRequestData {
  /** Path with `{id}` where the product id goes, e.g. `/v1/products/{id}/rating`. */
  template: string;
  productIds: string[];
}

/** Each request reads a uniformly random product of the seeded population. */
export function createRequestFactory(data: unknown): () => LoadRequest {
  const { template, productIds } = data as StorefrontRequestData;
  const [before, after] = template.split('{id}');
  return () => ({ method: 'GET', path: `${before}${productIds[Math.floor(Math.random() * productIds.length)]}${after ?? ''}` });
}
