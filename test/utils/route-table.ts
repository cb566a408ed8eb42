import { RequestMethod, VERSION_NEUTRAL } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/common/auth/roles.decorator.js';
import { ROLES, type Role } from '../../src/common/auth/role.js';

/** The version configureApp gives routes that do not name one (enableVersioning defaultVersion). */
const DEFAULT_VERSION = '1';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteInfo {
  /** e.g. `POST /v1/reviews::bulk` (the Fastify route path, `::` escaping a literal colon). */
  name: string;
  method: HttpMethod;
  /** Fastify route path with `:param` placeholders. */
  path: string;
  /** Path parameter names in order. */
  params: string[];
  isPublic: boolean;
  /** undefined when the route declares neither @Roles nor @Public (the guard then denies everyone). */
  roles: Role[] | undefined;
  controller: string;
  /** The controller class, for reading per-handler metadata (DTO types). */
  controllerType: new (...args: never[]) => object;
  handler: string;
}

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET', [RequestMethod.POST]: 'POST', [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH', [RequestMethod.DELETE]: 'DELETE',
};

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [''] : Array.isArray(value) ? value : [value]);
const join = (...parts: string[]): string => `/${parts.map((p) => p.replace(/^\/+|\/+$/g, '')).filter((p) => p !== '').join('/')}`;

function versionPrefix(version: unknown): string {
  if (version === VERSION_NEUTRAL) return '';
  const first = Array.isArray(version) ? version[0] : version;
  return `v${String(first ?? DEFAULT_VERSION)}`;
}

/** Parameter names in a Fastify path, skipping the `::` escape of a literal colon. */
function paramNames(path: string): string[] {
  return [...path.replaceAll('::', '').matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
}

/**
 * Every HTTP route the running app registered, read from Nest's own metadata (the same
 * decorators the router and ApiKeyGuard read), so routes added later are covered without a list.
 */
export function discoverRoutes(app: NestFastifyApplication): RouteInfo[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype as (new (...args: unknown[]) => object) | null;
    if (!type) continue;
    const classPaths = asList(Reflect.getMetadata(PATH_METADATA, type) as string | string[] | undefined);
    const classVersion = Reflect.getMetadata(VERSION_METADATA, type) as unknown;
    for (const handlerName of scanner.getAllMethodNames(type.prototype)) {
      const handler = (type.prototype as Record<string, () => unknown>)[handlerName];
      const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (!method || methodPaths === undefined) continue;
      const version = (Reflect.getMetadata(VERSION_METADATA, handler) as unknown) ?? classVersion;
      const targets = [handler, type];
      const isPublic = reflector.getAllAndOverride<boolean | undefined>(PUBLIC_KEY, targets) === true;
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
      for (const classPath of classPaths) {
        for (const methodPath of asList(methodPaths)) {
          const path = join(versionPrefix(version), classPath, methodPath);
          routes.push({ name: `${method} ${path}`, method, path, params: paramNames(path), isPublic, roles, controller: type.name, controllerType: type, handler: handlerName });
        }
      }
    }
  }
  return routes.sort((a, b) => a.name.localeCompare(b.name));
}

/** The request URL for a route: params substituted verbatim (callers encode what they mean to), `::` unescaped. */
export function routeUrl(route: RouteInfo, params: Record<string, string> = {}): string {
  const parts = route.path.split('::');
  return parts.map((part) => part.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => params[name] ?? '00000000-0000-4000-8000-000000000000')).join(':');
}

/** True when Fastify's live router holds this route (guards against metadata the router ignored). */
export function fastifyHasRoute(app: NestFastifyApplication, route: RouteInfo): boolean {
  return app.getHttpAdapter().getInstance().hasRoute({ method: route.method, url: route.path });
}

/** Roles that pass ApiKeyGuard for a route (all of them for @Public). */
export function allowedRoles(route: RouteInfo): readonly Role[] {
  return route.isPublic ? ROLES : (route.roles ?? []);
}
