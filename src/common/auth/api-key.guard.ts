import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { RequestAuthorizer, type AuthorizedRequest } from './request-authorizer.js';
import type { Role } from './role.js';

/** Default deny: a route without @Roles or @Public is refused for everyone. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  public constructor(
    private readonly reflector: Reflector,
    private readonly authorizer: RequestAuthorizer,
  ) {}

  public async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    await this.authorizer.authorize(context.switchToHttp().getRequest<AuthorizedRequest>(), roles);
    return true;
  }
}
