import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
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
 * Key → role check → per-key rate limit, in that order. The one implementation behind
 * ApiKeyGuard and the storefront's cached-response path, so both deny alike.
 */
@Injectable()
export class RequestAuthorizer {
  public constructor(
    private readonly keys: ApiKeysService,
    private readonly limiter: RateLimiter,
  ) {}

  public async authorize(request: AuthorizedRequest, roles: readonly Role[] | undefined): Promise<AuthContext> {
    const auth = await this.keys.authenticate(extractKey(request));
    if (!roles || !roles.includes(auth.role)) {
      throw new CommonError(CommonErrorCode.Forbidden, `Role '${auth.role}' may not call this endpoint`);
    }
    this.limiter.consume(auth.keyId);
    request.auth = auth;
    return auth;
  }
}
