import fc from 'fast-check';
import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { dtoArbitrary, queryArbitrary, routeShapes, type RouteShapes, type ValueHints } from '../utils/dto-arbitraries.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { callersOf, FUZZ_SEED, fuzzRuns, hostileString, probe, rowCounter, type Caller } from '../utils/fuzz.js';
import { discoverRoutes, routeUrl, type RouteInfo } from '../utils/route-table.js';
import { createTestApp } from '../utils/test-app.js';

/**
 * Valid-looking bodies and queries built from each route's own DTO metadata (class-validator +
 * @Type), with fields mutated to hostile strings (RTL overrides, zero-width, lone surrogates, NUL,
 * emoji, SQL/script injection) or wrong types, sent by keys of every role so both the validation
 * and the authorisation paths are exercised. Invariant: < 500, the error contract at 4xx, and
 * nothing stored by a request that failed. FUZZ_SEED replays a run.
 */
const t = await createTestApp();
const routes = discoverRoutes(t.app);
const RUNS_PER_ROUTE = 14;

const shapesOf = (route: RouteInfo): RouteShapes => routeShapes(route.controllerType, route.handler);

/** Percent-encodes any string, lone surrogates included (as the raw bytes a hostile client would send). */
function encodeAny(value: string): string {
  return value.isWellFormed() ? encodeURIComponent(value) : [...value].map((ch) => (ch.isWellFormed() ? encodeURIComponent(ch) : '%ED%A0%80')).join('');
}

function send(route: RouteInfo, caller: Caller, id: string, body: unknown, query: Record<string, string>): request.Test {
  const qs = Object.entries(query).map(([k, v]) => `${encodeAny(k)}=${encodeAny(v)}`).join('&');
  const url = routeUrl(route, Object.fromEntries(route.params.map((p) => [p, id]))) + (qs ? `?${qs}` : '');
  let req = request(t.server)[route.method.toLowerCase() as 'post'](url);
  if (caller.key) req = req.set(...bearer(caller.key));
  return body === undefined ? req : req.send(body as object);
}

describe('fuzz: DTO-shaped bodies and queries on every route', () => {
  let w: World;
  let sql: Sql;
  let counts: () => Promise<Record<string, number>>;
  let callers: Caller[];
  let hints: ValueHints;

  beforeAll(async () => {
    w = await buildWorld(t);
    callers = callersOf(w);
    sql = openSql(t);
    counts = await rowCounter(sql);
    const review = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({ productId: w.product.id }));
    hints = { ids: [w.merchant.id, w.otherMerchant.id, w.product.id, w.otherProduct.id, w.channel.id, review.body.id as string] };
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('finds a body DTO for every POST/PUT/PATCH route that reads one', () => {
    const withBody = routes.filter((r) => shapesOf(r).body);
    expect(withBody.map((r) => r.name)).toEqual(expect.arrayContaining(['POST /v1/reviews', 'POST /v1/reviews::bulk', 'POST /v1/webhooks', 'PATCH /v1/reviews/:id']));
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (name, route) => {
    const shapes = shapesOf(route);
    const body = shapes.body
      ? (shapes.body.isArray ? fc.array(dtoArbitrary(shapes.body.type, hints), { minLength: 1, maxLength: 4 }) : dtoArbitrary(shapes.body.type, hints))
      : fc.constant(undefined);
    const query = shapes.query ? queryArbitrary(shapes.query, hints) : fc.dictionary(hostileString().filter((k) => k.length > 0 && k.length < 50), hostileString(), { maxKeys: 2 });
    const id = fc.oneof(fc.constantFrom(...hints.ids), fc.uuid(), hostileString().filter((s) => s.length > 0 && s.length < 200));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...callers), id, body, query, async (caller, pathId, payload, params) => {
      const context = `${name} as ${caller.name} (FUZZ_SEED=${FUZZ_SEED})`;
      await probe(counts, context, () => send(route, caller, pathId, payload, params));
    }), fuzzRuns(RUNS_PER_ROUTE, name));
  });
});
