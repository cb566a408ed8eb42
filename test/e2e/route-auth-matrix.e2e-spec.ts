import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ROLES, type Role } from '../../src/common/auth/role.js';
import { bearer, expectError } from '../utils/e2e.js';
import { buildWorld } from '../utils/fixtures.js';
import { allowedRoles, discoverRoutes, fastifyHasRoute, routeUrl, type RouteInfo } from '../utils/route-table.js';
import { createTestApp } from '../utils/test-app.js';

/**
 * Generated from the live route table (Nest's router metadata), not a hand list: a route added
 * tomorrow is in the matrix tomorrow. The hand-written role-matrix.e2e-spec.ts keeps the scoped
 * (own vs other merchant/channel) expectations for intake and catalog; this one proves the
 * role gate itself for every route × role. The app boots at module level because the cases are
 * generated from it.
 */
type Caller = Role | 'none';
const CALLERS: Caller[] = ['none', ...ROLES];

const t = await createTestApp();
const routes = discoverRoutes(t.app);
const cases = routes.flatMap((route) => CALLERS.map((caller) => [route.name, caller, route] as const));

const PAGE_ORIGIN = 'https://shop.example';

function send(route: RouteInfo, key: string | undefined): request.Test {
  const params = Object.fromEntries(route.params.map((p) => [p, p === 'file' ? 'nothing.js' : randomUUID()]));
  let req = request(t.server)[route.method.toLowerCase() as 'get'](routeUrl(route, params));
  if (key) req = req.set(...bearer(key));
  // An empty object parses on every route, so the guard (not the body parser) decides.
  return route.method === 'GET' || route.method === 'DELETE' ? req : req.send({});
}

describe('authorisation matrix generated from the route table', () => {
  let keys: Record<Role, string>;
  let publishable: string;

  beforeAll(async () => {
    const w = await buildWorld(t);
    keys = { admin: w.adminKey, moderator: w.moderatorKey, merchant: w.merchant.key, storefront: w.storefrontKey, channel: w.channel.key };
    // Generous per-IP limits: every request of this file comes from one address.
    const created = await request(t.server).post('/v1/api-keys').set(...bearer(w.adminKey))
      .send({ role: 'storefront', label: 'matrix pk', publishable: true, allowedOrigins: [PAGE_ORIGIN], ipRateLimitPerSecond: 100_000 });
    publishable = created.body.key as string;
  });
  afterAll(() => t.close());

  describe('the route table', () => {
    it('is read from the running app and matches what Fastify serves', () => {
      expect(routes.length).toBeGreaterThanOrEqual(50);
      expect(routes.map((r) => r.name)).toEqual(expect.arrayContaining(['POST /v1/reviews', 'POST /v1/reviews::bulk', 'GET /health', 'DELETE /v1/api-keys/:id']));
      expect(routes.filter((r) => !fastifyHasRoute(t.app, r)).map((r) => r.name)).toEqual([]);
      expect(fastifyHasRoute(t.app, { ...routes[0], method: 'GET', path: '/v1/not-a-route' })).toBe(false);
      expect(new Set(routes.map((r) => r.name)).size).toBe(routes.length);
    });

    it('covers every operation of the published OpenAPI document', async () => {
      const doc = (await request(t.server).get('/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
      const fromDoc = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const fromTable = new Set(routes.map((r) => `${r.method} ${routeUrl(r, Object.fromEntries(r.params.map((p) => [p, `{${p}}`])))}`));
      expect(fromDoc.filter((op) => !fromTable.has(op))).toEqual([]);
    });

    it('has every route declare @Roles or @Public (default deny holds)', () => {
      const undeclared = routes.filter((r) => !r.isPublic && (r.roles === undefined || r.roles.length === 0));
      expect(undeclared.map((r) => `${r.name} (${r.controller}.${r.handler})`)).toEqual([]);
    });

    // The widget script is static JavaScript for shop pages; its data calls carry a publishable key.
    it('keeps @Public to health, docs, the console shell and the widget script', () => {
      expect(routes.filter((r) => r.isPublic).map((r) => r.path).filter((p) => !/^\/(health|docs|console|widget)(\/|$)/.test(p))).toEqual([]);
    });

    it('generates route × caller cases', () => {
      expect(cases).toHaveLength(routes.length * CALLERS.length);
    });
  });

  it.each(cases)('%s as %s', async (_name, caller, route) => {
    const res = await send(route, caller === 'none' ? undefined : keys[caller]);
    expect(res.status).toBeLessThan(500);
    if (route.isPublic) {
      expect(res.status).not.toBe(401);
      expect(res.body?.code).not.toBe('FORBIDDEN');
    } else if (caller === 'none') {
      expectError(res, 401, 'UNAUTHENTICATED');
    } else if (!allowedRoles(route).includes(caller)) {
      expectError(res, 403, 'FORBIDDEN');
    } else {
      // Allowed: whatever the random ids/empty body lead to (404, 400, 403 OUT_OF_SCOPE, 2xx), never the role gate.
      expect(res.status).not.toBe(401);
      expect(res.body?.code).not.toBe('FORBIDDEN');
      if (res.status >= 400) expectError(res, res.status);
    }
  });

  /** A publishable key passes exactly where a storefront key does and the method only reads. */
  it.each(routes.filter((r) => !r.isPublic).map((r) => [r.name, r] as const))('%s with a publishable key from its page', async (_name, route) => {
    const res = await send(route, publishable).set('origin', PAGE_ORIGIN);
    expect(res.status).toBeLessThan(500);
    if (allowedRoles(route).includes('storefront') && route.method === 'GET') {
      expect(res.status).not.toBe(401);
      expect(res.body?.code).not.toBe('FORBIDDEN');
    } else {
      expectError(res, 403, 'FORBIDDEN');
    }
  });
});
