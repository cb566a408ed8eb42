import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { AppConfigService } from '../../config/app-config.service.js';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { FailedAuthLimiter } from '../rate-limit/failed-auth-limiter.js';
import { RateLimiter, type RateLimit } from '../rate-limit/rate-limiter.js';
import { ApiKeysService } from './api-keys.service.js';
import type { AuthContext } from './auth-context.js';
import { defaultKeyLimit } from './key-quotas.js';
import type { Role } from './role.js';

export type AuthorizedRequest = FastifyRequest & { auth?: AuthContext };

/** What the checks read from a request: Fastify's request, or a raw Node request seen before Fastify (same fields). */
export interface RequestFacts {
  method?: string;
  headers: IncomingHttpHeaders;
  ip?: string;
}

function extractKey(request: RequestFacts): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' ? alt.trim() : undefined;
}

const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** A publishable key is in every visitor's hands: it only reads, and only from the pages it was issued for. */
function checkPublishableUse(request: RequestFacts, origins: readonly string[]): void {
  if (!publishableUseAllowed(request, origins)) throw publishableRefusal(request);
}

const publishableUseAllowed = (request: RequestFacts, origins: readonly string[]): boolean =>
  READ_METHODS.has(request.method ?? '') && typeof request.headers.origin === 'string' && origins.includes(request.headers.origin);

function publishableRefusal(request: RequestFacts): CommonError {
  if (!READ_METHODS.has(request.method ?? '')) return new CommonError(CommonErrorCode.Forbidden, 'A publishable key is read-only');
  return new CommonError(CommonErrorCode.Forbidden, 'This publishable key may only be used from its allowed origins');
}

/**
 * Key (failed attempts limited per address) → role check → publishable-key use (read-only, origin) → per-key and per-IP rate limits, in that order. The one implementation behind
 * ApiKeyGuard and the storefront's cached-response path, so both deny alike.
 */
@Injectable()
export class RequestAuthorizer {
  public constructor(
    private readonly keys: ApiKeysService,
    private readonly limiter: RateLimiter,
    private readonly failures: FailedAuthLimiter,
    private readonly config: AppConfigService,
  ) {}

  public async authorize(request: AuthorizedRequest, roles: readonly Role[] | undefined): Promise<AuthContext> {
    const raw = extractKey(request);
    const cached = this.keys.fromCache(raw);
    return this.admit(request, roles, cached ?? await this.authenticate(request.ip, raw));
  }

  /**
   * The same checks, synchronously, for a key verified recently; undefined when the key must be looked up
   * (then call authorize). Lets the cached storefront path answer without a promise per request.
   */
  public authorizeCached(request: AuthorizedRequest, roles: readonly Role[] | undefined): AuthContext | undefined {
    const cached = this.keys.fromCache(extractKey(request));
    return cached && this.admit(request, roles, cached);
  }

  /**
   * The same checks for a request seen before Fastify (the storefront's cached-read path), without side
   * effects unless every one passes: the key verified recently, its role allowed, publishable use in
   * order and a token in each bucket (then spent). Undefined otherwise, with nothing spent or recorded,
   * so the request can go the full way and be refused there exactly as before.
   */
  public admitWhollyOrNot(request: RequestFacts, roles: readonly Role[]): AuthContext | undefined {
    const auth = this.keys.fromCache(extractKey(request));
    if (!auth || !roles.includes(auth.role)) return undefined;
    if (auth.publishable && !publishableUseAllowed(request, auth.publishable.origins)) return undefined;
    const ip = auth.publishable ? { bucket: `ip|${auth.keyId}|${request.ip}`, limit: auth.publishable.ipLimit } : undefined;
    return this.limiter.tryConsumeAll(auth.keyId, this.keyLimitOf(auth), ip) ? auth : undefined;
  }

  /** Role check → publishable-key use → rate limits, for an authenticated key. */
  private admit(request: AuthorizedRequest, roles: readonly Role[] | undefined, auth: AuthContext): AuthContext {
    if (!roles || !roles.includes(auth.role)) {
      throw new CommonError(CommonErrorCode.Forbidden, `Role '${auth.role}' may not call this endpoint`);
    }
    // Set before the limits, so a refused publishable request still gets its CORS headers (the browser can read the 429).
    request.auth = auth;
    if (auth.publishable) checkPublishableUse(request, auth.publishable.origins);
    this.limiter.consume(auth.keyId, this.keyLimitOf(auth));
    if (auth.publishable) this.limiter.consumeNamed(`ip|${auth.keyId}|${request.ip}`, auth.publishable.ipLimit, 'this client IP');
    return auth;
  }

  /** The key's own limit, else its role's default (none when RATE_LIMIT_PER_SECOND=0), else the process default. */
  private keyLimitOf(auth: AuthContext): RateLimit | null | undefined {
    return auth.rateLimit ?? (this.config.rateLimit.perSecond === 0 ? null : defaultKeyLimit(auth.role, Boolean(auth.publishable)));
  }

  /** A key not verified recently: looked up, unless this address has spent its failed attempts. */
  private async authenticate(address: string, raw: string | undefined): Promise<AuthContext> {
    this.failures.assertAllowed(address);
    try {
      return await this.keys.authenticate(raw);
    } catch (error) {
      if (error instanceof CommonError && error.code === CommonErrorCode.Unauthenticated) this.failures.recordFailure(address);
      throw error;
    }
  }
}
