import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeysRepository } from './api-keys.repository.js';
import type { AuthorizedRequest } from './request-authorizer.js';

/** How long a preflight answer (and this process's memory of it) stays valid. */
const PREFLIGHT_MAX_AGE_S = 600;
const ORIGIN_MEMORY_MS = 5_000;
const MAX_REMEMBERED_ORIGINS = 10_000;
const ALLOWED_HEADERS = 'authorization, x-api-key, if-none-match';
export const CORS_EXPOSED_HEADERS = 'etag, retry-after, x-request-id';

/** Adds to Vary rather than replacing what another hook put there. */
function addVary(reply: FastifyReply, value: string): void {
  const current = reply.getHeader('vary');
  void reply.header('vary', current ? `${String(current)}, ${value}` : value);
}

/**
 * CORS for publishable storefront keys, per key. A response carries
 * Access-Control-Allow-Origin only when the request's key is publishable and lists the
 * Origin; server keys never get CORS headers, so a browser cannot read what they return.
 * A preflight carries no key (browsers send no Authorization on OPTIONS), so it is allowed
 * for an origin that some active publishable key lists, for reads only; the real request
 * is then checked against its own key's list (RequestAuthorizer) and refused with 403.
 */
@Injectable()
export class PublishableCors implements OnModuleInit {
  private readonly origins = new Map<string, { allowed: boolean; until: number }>();

  public constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly keys: ApiKeysRepository,
  ) {}

  public onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    fastify.addHook('onRequest', (request, reply, done) => {
      const origin = request.headers.origin;
      if (request.method !== 'OPTIONS' || typeof origin !== 'string' || request.headers['access-control-request-method'] === undefined) return done();
      this.preflight(origin, request, reply).catch((error: unknown) => done(error as Error));
    });
    fastify.addHook('onSend', (request: AuthorizedRequest, reply, payload, done) => {
      const origin = request.headers.origin;
      if (typeof origin === 'string' && request.auth?.publishable?.origins.includes(origin)) {
        void reply.header('access-control-allow-origin', origin).header('access-control-expose-headers', CORS_EXPOSED_HEADERS);
      }
      if (request.auth?.publishable) addVary(reply, 'Origin');
      done(null, payload);
    });
  }

  private async preflight(origin: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const method = String(request.headers['access-control-request-method']).toUpperCase();
    addVary(reply, 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    if ((method === 'GET' || method === 'HEAD') && (await this.originAllowed(origin))) {
      void reply.header('access-control-allow-origin', origin).header('access-control-allow-methods', 'GET, HEAD')
        .header('access-control-allow-headers', ALLOWED_HEADERS).header('access-control-max-age', String(PREFLIGHT_MAX_AGE_S));
    }
    // Refused preflights get no CORS headers: the browser then does not send the request.
    void reply.status(204).send();
  }

  private async originAllowed(origin: string): Promise<boolean> {
    const now = Date.now();
    const known = this.origins.get(origin);
    if (known && known.until > now) return known.allowed;
    const allowed = await this.keys.publishableOriginExists(origin);
    if (this.origins.size >= MAX_REMEMBERED_ORIGINS) this.origins.clear();
    this.origins.set(origin, { allowed, until: now + ORIGIN_MEMORY_MS });
    return allowed;
  }
}
