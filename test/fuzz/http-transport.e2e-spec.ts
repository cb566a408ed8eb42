import fc from 'fast-check';
import request from 'supertest';
import { openSql, type Sql } from '../utils/e2e.js';
import { buildWorld } from '../utils/fixtures.js';
import { callersOf, FUZZ_SEED, fuzzRuns, hostileId, probe, rowCounter, type Caller } from '../utils/fuzz.js';
import { discoverRoutes, routeUrl, type RouteInfo } from '../utils/route-table.js';
import { createTestApp } from '../utils/test-app.js';

/**
 * Transport-level hostility over every route of the live route table: malformed JSON, deep
 * nesting, huge arrays, wrong content types, oversized and odd headers, path traversal in ids.
 * Each answer must be < 500 with the JSON {code, message} contract at 4xx, and a failed request
 * must leave every table's row count unchanged. FUZZ_SEED replays a run.
 */
const t = await createTestApp();
const routes = discoverRoutes(t.app);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const RUNS_PER_ROUTE = 12;

interface Attack {
  name: string;
  contentType?: string;
  payload?: string | Buffer;
  /** Header name → size in bytes (built at send time so a failing counterexample prints small). */
  headerBytes?: Record<string, number>;
  id?: string;
  /** Status range every caller must get (the body parser answers before auth). */
  expect?: (status: number, body: { code?: string }) => boolean;
}

const nested = (depth: number, open: string, close: string, leaf: string): string => open.repeat(depth) + leaf + close.repeat(depth);
const MALFORMED = ['{', '{"a":', '[1,2', '{"a":1}}', "{'a':1}", '{"a":1,}', 'NaN', '{"a":undefined}', '\u0000', '{"a":"\\x41"}', '{"a":"\\ud800', '[', '}', '{"":', '0x10', '{"a":01}'];
const CONTENT_TYPES = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/csv', 'application/jsonx', 'image/png', 'application/octet-stream'];
const TOO_DEEP = { status: 400, code: 'JSON_TOO_DEEP' };
/** Built once; the parser answers before auth, so nesting bombs get the same answer with or without a key. */
const BOMBS: [string, string, { status: number; code: string } | undefined][] = [
  ['10,000 nested arrays', nested(10_000, '[', ']', '1'), TOO_DEEP],
  ['10,000 nested objects', nested(10_000, '{"a":', '}', '1'), TOO_DEEP],
  ['100,000 nested arrays', nested(100_000, '[', ']', '1'), TOO_DEEP],
  ['33 nested objects in a known field', `{"reviewer":${nested(33, '{"a":', '}', '1')}}`, TOO_DEEP],
  ['a __proto__ key', '{"__proto__":{"role":"admin"},"body":"x"}', { status: 400, code: 'UNSAFE_JSON_KEY' }],
  ['a nested __proto__ key in an array item', '[{"reviewer":{"__proto__":1}}]', { status: 400, code: 'UNSAFE_JSON_KEY' }],
  ['a 20,000-element array', `[${Array(20_000).fill('0').join(',')}]`, undefined],
  ['an object with a 20,000-element field', `{"body":[${Array(20_000).fill('"x"').join(',')}]}`, undefined],
  ['an object with 5,000 keys', `{${Array.from({ length: 5_000 }, (_, i) => `"k${i}":1`).join(',')}}`, undefined],
];
const isMalformed = (status: number, body: { code?: string }): boolean => status === 400 && ['MALFORMED_JSON', 'INVALID_UTF8'].includes(body.code ?? '');

const attacks = (route: RouteInfo): fc.Arbitrary<Attack> => {
  const body = WITH_BODY.has(route.method);
  const list: fc.Arbitrary<Attack>[] = [
    fc.constantFrom(...MALFORMED).map((payload) => ({ name: `malformed JSON ${JSON.stringify(payload)}`, contentType: 'application/json', payload, expect: body ? isMalformed : undefined })),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map((s) => `{"a": ${s}`).map((payload) => ({ name: 'truncated JSON', contentType: 'application/json', payload, expect: body ? isMalformed : undefined })),
    fc.constantFrom(...CONTENT_TYPES).map((contentType) => ({ name: `content-type ${contentType}`, contentType, payload: 'rating=5&a=%00', expect: body ? (s: number) => s === 415 : undefined })),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => ({ name: 'random bytes as JSON', contentType: 'application/json', payload: Buffer.from(bytes) })),
    fc.integer({ min: 1_000, max: 12_000 }).map((n) => ({ name: `a ${n}-byte header`, headerBytes: { 'x-fuzz': n } })),
    fc.integer({ min: 20_000, max: 80_000 }).map((n) => ({ name: `a ${n}-byte header`, headerBytes: { 'x-fuzz': n }, expect: (s: number, b: { code?: string }) => s === 431 && b.code === 'HEADERS_TOO_LARGE' })),
    fc.integer({ min: 2_000, max: 12_000 }).map((n) => ({ name: `a ${n}-byte bearer token`, headerBytes: { authorization: n } })),
    fc.integer({ min: 100, max: 400 }).map((n) => ({ name: `${n} extra headers`, headerBytes: Object.fromEntries(Array.from({ length: n }, (_, i) => [`x-f${i}`, 8])) })),
    fc.constantFrom('application/json; charset=utf-16', 'application/json; charset=latin1', 'APPLICATION/JSON', 'application/json;;;').map((contentType) => ({ name: `content-type ${contentType}`, contentType, payload: '{}' })),
  ];
  if (route.params.length > 0) list.push(hostileId().map((id) => ({ name: `path id ${id}`, id, expect: (s: number) => s >= 400 && s < 500 })));
  return fc.oneof(...list);
};

function send(route: RouteInfo, caller: Caller, attack: Attack): request.Test {
  const params = Object.fromEntries(route.params.map((p) => [p, attack.id ?? '00000000-0000-4000-8000-000000000001']));
  let req = request(t.server)[route.method.toLowerCase() as 'post'](routeUrl(route, params));
  if (caller.key) req = req.set('authorization', `Bearer ${caller.key}`);
  for (const [name, bytes] of Object.entries(attack.headerBytes ?? {})) req = req.set(name, name === 'authorization' ? `Bearer cnd_${'a'.repeat(bytes)}` : 'a'.repeat(bytes));
  if (attack.payload !== undefined) {
    req = req.set('content-type', attack.contentType ?? 'application/json').serialize((b: unknown) => b as string).send(attack.payload as string);
  }
  return req;
}

describe('fuzz: hostile transport on every route', () => {
  let sql: Sql;
  let counts: () => Promise<Record<string, number>>;
  let callers: Caller[];
  const INTAKE_BULK = /\/(reviews|ugc)::bulk$/;

  beforeAll(async () => {
    callers = callersOf(await buildWorld(t));
    sql = openSql(t);
    counts = await rowCounter(sql);
  });
  afterAll(async () => {
    await sql.close();
    await t.close();
  });

  it('reads the routes from the app', () => {
    expect(routes.length).toBeGreaterThanOrEqual(50);
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (name, route) => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...callers), attacks(route), async (caller, attack) => {
      const context = `${name} as ${caller.name}: ${attack.name} (FUZZ_SEED=${FUZZ_SEED})`;
      const res = await probe(counts, context, () => send(route, caller, attack));
      // Bulk intake bodies are read raw and checked off the event loop only after the key and role checks, so a
      // caller without a key, or with a role that may not send reviews, is refused whatever the bytes: 401 / 403.
      const authRefusal = (res.status === 401 && res.body?.code === 'UNAUTHENTICATED') || (res.status === 403 && res.body?.code === 'FORBIDDEN');
      const refusedBeforeBody = INTAKE_BULK.test(route.path) && authRefusal;
      if (attack.expect && !refusedBeforeBody && !attack.expect(res.status, res.body as { code?: string })) {
        throw new Error(`unexpected ${res.status} ${String(res.body?.code)} for ${context}`);
      }
    }), fuzzRuns(RUNS_PER_ROUTE, name));
  });

  describe.each(routes.filter((r) => WITH_BODY.has(r.method)).map((r) => [r.name, r] as const))('%s with structural bombs', (name, route) => {
    it.each(BOMBS)('survives %s', async (bomb, payload, expected) => {
      for (const caller of callers.filter((c) => ['none', 'admin'].includes(c.name))) {
        const res = await probe(counts, `${name} as ${caller.name}: ${bomb}`, () => send(route, caller, { name: bomb, contentType: 'application/json', payload }));
        const got = { status: res.status, code: res.body.code };
        // Bulk bodies are split at parse time, but their items are parsed in slices inside the handler, after
        // authentication: a bomb inside an item reaches a caller without a key as 401, and an admin as a coded 4xx
        // or, on intake, as that one item refused inside a 2xx answer; never a 5xx.
        if (expected && route.path.endsWith('::bulk') && (got.status !== expected.status || got.code !== expected.code)) {
          if (caller.name === 'none') expect(got).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
          else {
            expect(res.status).toBeLessThan(500);
            // The whole request refused with a code (moderation decisions), or the item refused with one (intake).
            expect(JSON.stringify(res.body)).toMatch(/"code":"[A-Z_]+"/);
          }
        } else if (expected) expect(got).toEqual(expected);
        else expect(res.status).toBeGreaterThanOrEqual(200);
      }
    });
  });
});
