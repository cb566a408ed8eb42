import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { CORS_EXPOSED_HEADERS } from '../common/auth/publishable-cors.js';
import type { RequestAuthorizer } from '../common/auth/request-authorizer.js';
import type { Role } from '../common/auth/role.js';
import { JSON_API_HEADERS } from '../common/http/security-headers.js';
import { reviewsCacheKey } from './domain/review-query.js';
import { parsePlainReviewQuery } from './domain/review-query-text.js';
import type { PlatformPrior } from './platform-prior.js';
import type { CachedBody, StorefrontCache } from './storefront-cache.js';
import { ratingCacheKey } from './storefront-cache-keys.js';
import { CACHE_CONTROL, JSON_CONTENT_TYPE, notModified } from './storefront-response.js';

/** `/v1/products/<uuid>/rating` or `/v1/products/<uuid>/reviews?<query>`, nothing else (no encoding, no trailing slash). */
const CACHED_READ = /^\/v1\/products\/([0-9A-Fa-f-]{36})\/(rating|reviews)(?:\?([A-Za-z0-9_.,:=&-]*))?$/;

/** Distinct review query strings remembered with their cache key; a shop's pages use a handful. Cleared when full. */
const MAX_REMEMBERED_QUERIES = 1_000;

/**
 * A hit's headers as a flat [name, value, …] list for writeHead, security headers first as configureApp's
 * onRequest hook sets them; copied per request (one array copy, not a spread and a build) with the
 * request id and ETag filled in at their places.
 */
const HIT_HEADERS: readonly string[] = [...Object.entries(JSON_API_HEADERS).flat(), 'x-request-id', '', 'x-candor-cache', 'hit', 'etag', '', 'cache-control', CACHE_CONTROL];
const REQUEST_ID_AT = HIT_HEADERS.indexOf('x-request-id') + 1;
const ETAG_AT = HIT_HEADERS.indexOf('etag') + 1;

export interface LeanPathOptions {
  cache: StorefrontCache;
  prior: PlatformPrior;
  authorizer: RequestAuthorizer;
  roles: { rating: readonly Role[]; reviews: readonly Role[] };
}

/**
 * A plain `a=b&c=d` query as the object Fastify's parser makes of it; undefined for a repeated or empty
 * name, which the full path then parses and judges itself. CACHED_READ admits no `%` or `+`, so no value
 * needs decoding.
 */
function plainQuery(text: string | undefined): Record<string, string> | undefined {
  // No prototype: a `__proto__` parameter is a name like any other (unknown, so refused by the full path).
  const query = Object.create(null) as Record<string, string>;
  if (!text) return query;
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (name === '' || Object.hasOwn(query, name)) return undefined;
    query[name] = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return query;
}

/**
 * Cached storefront reads answered from the Node server's request event, before Fastify builds its
 * request and reply, routes, and runs Nest's and our hooks: on a cache hit those were ~2× the work of
 * a bare Fastify route serving the same bytes (issue 17 item 5). Only a request that passes every check
 * of the full path (RequestAuthorizer.admitWhollyOrNot: a recently verified key, its role, publishable
 * use, both rate limits) is answered here, with the headers the full path sends; anything else — a
 * miss, an unusual URL or query, a key to look up, a refusal, debug logging, shutdown — goes on to
 * Fastify untouched, nothing spent, and gets the complete treatment and error shapes there.
 */
export class StorefrontLeanPath {
  private closing = false;
  /** Query text → reviews cache key (null: not a plain query). Pure, so remembering it changes no answer. */
  private readonly reviewKeys = new Map<string, string | null>();
  private lastRatingKey?: { weight: number; mean: number; key: string };

  public constructor(private readonly options: LeanPathOptions) {}

  /** Puts the lean path in front of the server's request listeners (Fastify's), which keep every other request. */
  public install(fastify: FastifyInstance): void {
    const server: Server = fastify.server;
    // Fastify's id for a request: its x-request-id header (requestIdHeader) or the adapter's generator. Untyped in Fastify's declarations.
    const genReqId = (fastify as unknown as { genReqId?: (req: IncomingMessage) => string }).genReqId;
    if (typeof genReqId !== 'function') throw new Error('Fastify exposes no genReqId: the storefront lean path cannot give requests their ids');
    const next = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    if (next.length === 0) throw new Error('the HTTP server has no request listener to put the storefront lean path in front of');
    server.removeAllListeners('request');
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (this.answer(req, res, genReqId)) return;
      for (const listener of next) listener.call(server, req, res);
    });
    fastify.addHook('preClose', (done) => {
      // Requests reaching a closing server get the full path's 503.
      this.closing = true;
      done();
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse, genReqId: (req: IncomingMessage) => string): boolean {
    if (req.method !== 'GET' || this.closing || !this.options.cache.enabled) return false;
    const match = CACHED_READ.exec(req.url ?? '');
    if (!match) return false;
    const hit = this.lookup(match[1], match[2], match[3]);
    // A body on a GET, or debug logging (a line per request), is left to the full path.
    if (!hit || req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined || Logger.isLevelEnabled('debug')) return false;
    const facts = { method: req.method, headers: req.headers, ip: req.socket.remoteAddress };
    const auth = this.options.authorizer.admitWhollyOrNot(facts, match[2] === 'rating' ? this.options.roles.rating : this.options.roles.reviews);
    if (!auth) return false;
    const headers = HIT_HEADERS.slice();
    headers[REQUEST_ID_AT] = genReqId(req);
    headers[ETAG_AT] = hit.etag;
    // admitWhollyOrNot admitted a publishable key only from one of its origins: the CORS headers PublishableCors adds.
    if (auth.publishable) headers.push('access-control-allow-origin', req.headers.origin as string, 'access-control-expose-headers', CORS_EXPOSED_HEADERS, 'vary', 'Origin');
    const ifNoneMatch = req.headers['if-none-match'];
    if (notModified(ifNoneMatch, hit.etag)) {
      res.writeHead(304, headers);
      res.end();
    } else {
      headers.push('content-type', JSON_CONTENT_TYPE, 'content-length', String(hit.bytes.length));
      res.writeHead(200, headers);
      res.end(hit.bytes);
    }
    return true;
  }

  private lookup(productId: string, route: string, queryText: string | undefined): CachedBody | undefined {
    let key: string | undefined;
    if (route === 'rating') {
      const prior = queryText === undefined ? this.options.prior.peek() : undefined;
      key = prior && this.ratingKey(prior);
    } else key = this.reviewsKey(queryText ?? '') ?? undefined;
    return key === undefined ? undefined : this.options.cache.get(productId, key);
  }

  /**
   * The same string object while the prior stays the same: V8 keeps a string's hash, so the cache's Map
   * does not hash a freshly built key on every hit.
   */
  private ratingKey(prior: { weight: number; mean: number }): string {
    const last = this.lastRatingKey;
    if (last && last.weight === prior.weight && last.mean === prior.mean) return last.key;
    const key = ratingCacheKey(prior);
    this.lastRatingKey = { weight: prior.weight, mean: prior.mean, key };
    return key;
  }

  private reviewsKey(queryText: string): string | null {
    let key = this.reviewKeys.get(queryText);
    if (key !== undefined) return key;
    const query = plainQuery(queryText);
    const q = query && parsePlainReviewQuery(query);
    key = q ? reviewsCacheKey(q) : null;
    if (this.reviewKeys.size >= MAX_REMEMBERED_QUERIES) this.reviewKeys.clear();
    this.reviewKeys.set(queryText, key);
    return key;
  }
}
