/**
 * autocannon `setupRequest` for the storefront bench (CommonJS: autocannon's worker
 * threads load it with require()). Each request reads a random product of the
 * seeded population, handed over as `productIds` with `{id}` in the path template.
 */
interface StorefrontRequest {
  path?: string;
  template: string;
  productIds: string[];
  [key: string]: unknown;
}

function setupRequest(request: StorefrontRequest): StorefrontRequest {
  const id = request.productIds[Math.floor(Math.random() * request.productIds.length)];
  return { ...request, path: request.template.replace('{id}', id) };
}

export = setupRequest;
