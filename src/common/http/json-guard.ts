import { CommonErrorCode } from '../errors/common-error.js';

/**
 * Deepest nesting a request body may have. Our DTOs nest three levels; class-transformer and
 * class-validator recurse once per level, so a 10,000-level body overflowed the stack (500).
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Longest array a body may hold: twice the bulk limit at the top level (bulk intake answers
 * its own BULK_TOO_LARGE below that), far less inside (our DTOs'
 * longest list is 20 media URLs). class-transformer walks every element, so a 200,000-element
 * array held the event loop for seconds.
 */
export const MAX_TOP_LEVEL_ARRAY = 20_000;
export const MAX_NESTED_ARRAY = 1_000;

export interface JsonHazard {
  code: CommonErrorCode.JsonTooDeep | CommonErrorCode.UnsafeJsonKey | CommonErrorCode.PayloadTooLarge;
  message: string;
}

/**
 * What Fastify's own parser (secure-json-parse) refused and ours must too: `__proto__` keys
 * (JSON.parse makes them own properties, which crashed class-transformer in bulk intake) and
 * any `constructor` key (class-transformer reads value.constructor and crashed on
 * `{"constructor": "x"}`, found by the fuzz suite); plus excessive nesting. Iterative: recursion would overflow on the very input.
 */
export function findJsonHazard(root: unknown, limit: number = MAX_JSON_DEPTH): JsonHazard | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [value, depth] = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return { code: CommonErrorCode.JsonTooDeep, message: `JSON nests deeper than ${limit} levels` };
    const maxItems = depth === 1 ? MAX_TOP_LEVEL_ARRAY : MAX_NESTED_ARRAY;
    if (Array.isArray(value) && value.length > maxItems) {
      return { code: CommonErrorCode.PayloadTooLarge, message: `A JSON array here may hold at most ${maxItems} items (got ${value.length})` };
    }
    if (!Array.isArray(value) && (Object.hasOwn(value, '__proto__') || Object.hasOwn(value, 'constructor'))) {
      return { code: CommonErrorCode.UnsafeJsonKey, message: 'JSON keys "__proto__" and "constructor" are not accepted' };
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

