import type { FastifyReply } from 'fastify';
import { ifNoneMatchHits } from './domain/etag-match.js';
import type { StorefrontBody } from './storefront-cache.js';

/** Shared caches may keep a response briefly and serve it stale while revalidating with the ETag. */
export const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

/**
 * Strong ETag + If-None-Match (weak comparison, as RFC 9110 requires for it) → 304 with no body; the body is pre-rendered JSON, sent as is. Used by the
 * controller and by the cached-response path, so both answer byte for byte alike.
 */
export function prepareStorefrontReply(reply: FastifyReply, ifNoneMatch: string | undefined, body: StorefrontBody): Buffer | undefined {
  void reply.header('etag', body.etag).header('cache-control', CACHE_CONTROL);
  if (notModified(ifNoneMatch, body.etag)) {
    void reply.status(304);
    return undefined;
  }
  void reply.header('content-type', JSON_CONTENT_TYPE);
  return body.bytes;
}

/** If-None-Match (a string; repeated headers are joined by Node) matches the ETag: the answer is 304. */
export const notModified = (ifNoneMatch: string | undefined, etag: string): boolean => ifNoneMatch !== undefined && ifNoneMatch !== '' && ifNoneMatchHits(ifNoneMatch, etag);

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
