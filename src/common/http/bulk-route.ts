import type { FastifyRequest } from 'fastify';

/** Bulk intake routes (`POST /v1/reviews:bulk`, `/v1/ugc:bulk`): their bodies are lists of independent items. */
export function isBulkRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.endsWith(':bulk') ?? false;
}
