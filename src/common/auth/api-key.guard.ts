import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { CommonError, CommonErrorCode } from '../errors/common-error.js';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { ApiKeysService } from './api-keys.service.js';
import type { AuthContext } from './auth-context.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import type { Role } from './role.js';

function extractKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  const alt = request.headers['x-api-key'];
  return typeof alt === 'string' ? alt.trim() : undefined;
}

/** Default deny: a route without @Roles or @Public is refused for everyone. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  public constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly limiter: RateLimiter,
  ) {}

  public async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthContext }>();
    const auth = await this.keys.authenticate(extractKey(request));
    if (!roles || !roles.includes(auth.role)) {
      throw new CommonError(CommonErrorCode.Forbidden, `Role '${auth.role}' may not call this endpoint`);
    }
    this.limiter.consume(auth.keyId);
    request.auth = auth;
    return true;
  }
}
