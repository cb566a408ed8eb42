import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { FailedAuthLimiter } from '../rate-limit/failed-auth-limiter.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { ApiKeysService } from './api-keys.service.js';
import type { AuthContext } from './auth-context.js';
import type { Role } from './role.js';

export type AuthorizedRequest = FastifyRequest & { auth?: AuthContext };

function extractKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' ? alt.trim() : undefined;
}

/**
 * Key (failed attempts limited per address) → role check → per-key rate limit, in that order. The one implementation behind
 * ApiKeyGuard and the storefront's cached-response path, so both deny alike.
 */
@Injectable()
export class RequestAuthorizer {
  public constructor(
    private readonly keys: ApiKeysService,
    private readonly limiter: RateLimiter,
    private readonly failures: FailedAuthLimiter,
  ) {}

  public async authorize(request: AuthorizedRequest, roles: readonly Role[] | undefined): Promise<AuthContext> {
    const raw = extractKey(request);
    const auth = this.keys.fromCache(raw) ?? await this.authenticate(request.ip, raw);
    if (!roles || !roles.includes(auth.role)) {
      throw new CommonError(CommonErrorCode.Forbidden, `Role '${auth.role}' may not call this endpoint`);
    }
    this.limiter.consume(auth.keyId);
    request.auth = auth;
    return auth;
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
