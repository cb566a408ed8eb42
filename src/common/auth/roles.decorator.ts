import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthContext } from './auth-context.js';
import type { Role } from './role.js';

export const ROLES_KEY = 'candor:roles';
export const PUBLIC_KEY = 'candor:public';

/** Every route declares who may call it; the guard denies routes that declare nothing. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Routes anyone may call without a key (health, docs, console assets). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export const Auth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  return ctx.switchToHttp().getRequest<{ auth: AuthContext }>().auth;
});
