import fc from 'fast-check';
import type request from 'supertest';
import type { Role } from '../../src/common/auth/role.js';
import type { Sql } from './e2e.js';
import type { World } from './fixtures.js';

/** One seed per run, printed by fast-check on failure; FUZZ_SEED=<n> replays it. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

/** Shrinking replays requests against a live app; opt in with FUZZ_SHRINK=1 when chasing a failure. */
export function fuzzRuns(numRuns: number, salt = ''): fc.Parameters<unknown> {
  // Salted per property so each route gets its own sequence from the one printed seed.
  const seed = [...salt].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, FUZZ_SEED);
  return { seed, numRuns, endOnFailure: process.env.FUZZ_SHRINK !== '1' };
}

export interface Caller {
  name: string;
  role: Role | 'none';
  key?: string;
}

/** A few keys of each role (two scopes for merchants and channels) plus no key at all. */
export function callersOf(w: World): Caller[] {
  return [
    { name: 'none', role: 'none' },
    { name: 'admin', role: 'admin', key: w.adminKey },
    { name: 'moderator', role: 'moderator', key: w.moderatorKey },
    { name: 'merchant', role: 'merchant', key: w.merchant.key },
    { name: 'otherMerchant', role: 'merchant', key: w.otherMerchant.key },
    { name: 'storefront', role: 'storefront', key: w.storefrontKey },
    { name: 'channel', role: 'channel', key: w.channel.key },
    { name: 'otherChannel', role: 'channel', key: w.otherChannel.key },
  ];
}

/** Strings that have broken parsers, validators, drivers or renderers somewhere. */
export const HOSTILE_STRINGS = [
  '\u202Egnp.exe', 'abc\u202Edef\u202C', '\u200B', 'a\u200Bb\u200C\u200D\u2060\uFEFFc', '\uFEFF{}', '\ud800', '\udfff', 'x\ud83d', 'pair \ud83d\ude00 ok',
  '😀👩‍👩‍👧‍👦🏳️‍🌈🇨🇳', 'Z̸̢̛̗͇a̴͖l̷g̵o̶', '\u0000', 'a\u0000b', '\u0001\u001f\u007f', '\r\nX-Injected: 1', '\uFFFE\uFFFF', '\u{10FFFF}',
  "' OR '1'='1", "'; DROP TABLE reviews; --", '" OR ""="', '1; SELECT pg_sleep(10)--', "') UNION SELECT secret_hash FROM api_keys--", '$1', '\\', '%',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${jndi:ldap://x/a}', '__proto__', 'constructor',
  '../../../../etc/passwd', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f', '..\\..\\windows', 'NaN', '-0', '1e309', '9007199254740993', '',
  '好评返现'.repeat(50), '𝕏'.repeat(2_000), 'a'.repeat(70_000),
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...HOSTILE_STRINGS)).map(([a, b]) => a + b) },
  );

/** Any JSON value, hostile strings included: what a mutated field may turn into. */
export const anyJsonValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 53), 1e308),
    hostileString(), fc.array(fc.oneof(fc.integer(), hostileString()), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'a', 'id', '$where'), fc.oneof(fc.integer(), hostileString()), { maxKeys: 3 }),
  );

/** Path ids that try to climb out of their segment or smuggle another route. */
export const TRAVERSAL_IDS = [
  '..', '../', '..%2f', '%2e%2e%2f', '%2e%2e', '..%2F..%2Fetc%2Fpasswd', '%252e%252e%252f', '..%5c..%5c', '....%2f%2f', '%2F', 'a%2Fb',
  '%00', '..%00', '%c0%ae%c0%ae%2f', '.%2e/', 'x%3B%20DROP%20TABLE%20reviews', '00000000-0000-4000-8000-000000000000%2F..', '%20',
];

/** Hostile path ids: traversal forms sent as-is, anything else percent-encoded so it stays one segment. */
export const hostileId = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...TRAVERSAL_IDS) },
    { weight: 2, arbitrary: hostileString().filter((s) => s.length > 0 && s.length < 400).map((s) => encodeURIComponent(s.isWellFormed() ? s : s.toWellFormed())) },
  );

/** The shared error contract; everything at 4xx must carry it, and nothing may be 5xx or lack a status. */
export function expectHandled(res: request.Response, context: string): void {
  const body = res.body as { code?: unknown; message?: unknown } | undefined;
  const summary = { context, status: res.status, code: body?.code, message: body?.message };
  if (res.status >= 500) throw new Error(`server error ${JSON.stringify(summary)}`);
  if (res.status >= 400) {
    const ok = /^application\/json/.test(String(res.headers['content-type'])) && typeof body?.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(body.code)
      && typeof body.message === 'string' && body.message.length > 0;
    if (!ok) throw new Error(`error without the JSON {code, message} contract ${JSON.stringify({ ...summary, text: res.text?.slice(0, 200) })}`);
  }
}

/** Exact row counts of every application table: a failed request must leave all of them unchanged. */
export async function rowCounter(sql: Sql): Promise<() => Promise<Record<string, number>>> {
  const tables = (await sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  )).map((r) => r.table_name);
  const text = `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(', ')}`;
  return async () => (await sql.query<Record<string, number>>(text))[0];
}

/** Runs a request, asserts the error contract, and (for failures) that nothing was stored half-way. */
export async function probe(counts: () => Promise<Record<string, number>>, context: string, send: () => Promise<request.Response>): Promise<request.Response> {
  const before = await counts();
  let res: request.Response;
  try {
    res = await send();
  } catch (error) {
    throw new Error(`no HTTP response (${(error as Error).message}) for ${context}`, { cause: error });
  }
  expectHandled(res, context);
  if (res.status >= 400) {
    const after = await counts();
    const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
    if (changed.length > 0) throw new Error(`failed request (${res.status} ${String(res.body?.code)}) changed ${changed.join(', ')}: ${context}`);
  }
  return res;
}
