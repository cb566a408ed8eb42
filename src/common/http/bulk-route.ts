import type { FastifyRequest } from 'fastify';

/** `/v1/reviews:bulk`, `/v1/ugc:bulk` (Fastify keeps the route's `::` escape for a literal colon). */
const BULK_INTAKE_ROUTE = /\/(reviews|ugc):?:bulk$/;

/**
 * Bulk intake routes: their bodies are lists of independent items, read raw and checked off the event loop.
 * Only intake: other `:bulk` routes (moderation decisions) take ordinary small JSON bodies.
 */
export function isBulkRoute(request: FastifyRequest): boolean {
  const url = request.routeOptions.url;
  return url !== undefined && BULK_INTAKE_ROUTE.test(url);
}
