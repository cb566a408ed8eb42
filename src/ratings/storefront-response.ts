import type { FastifyReply } from 'fastify';
import { ifNoneMatchHits } from './domain/etag-match.js';
import type { CachedBody } from './storefront-cache.js';

/** Shared caches may keep a response briefly and serve it stale while revalidating with the ETag. */
const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

/**
 * Strong ETag + If-None-Match (weak comparison, as RFC 9110 requires for it) → 304 with no body; the body is pre-rendered JSON, sent as is. Used by the
 * controller and by the cached-response path, so both answer byte for byte alike.
 */
export function prepareStorefrontReply(reply: FastifyReply, ifNoneMatch: string | undefined, body: Pick<CachedBody, 'etag' | 'json'>): string | undefined {
  void reply.header('etag', body.etag).header('cache-control', CACHE_CONTROL);
  if (ifNoneMatch && ifNoneMatchHits(ifNoneMatch, body.etag)) {
    void reply.status(304);
    return undefined;
  }
  void reply.header('content-type', 'application/json; charset=utf-8');
  return body.json;
}
