import { CommonErrorCode } from '../errors/common-error.js';
import { findJsonHazard, MAX_JSON_DEPTH } from './json-guard.js';

const nest = (depth: number, open: string, close: string): unknown => JSON.parse(open.repeat(depth) + '1' + close.repeat(depth));
const DEEP = CommonErrorCode.JsonTooDeep;
const PROTO = CommonErrorCode.UnsafeJsonKey;

describe('findJsonHazard', () => {
  it.each([
    ['a scalar', 1, 1, undefined],
    ['null', null, 1, undefined],
    ['an empty object at the limit', {}, 1, undefined],
    ['an object one level over', { a: {} }, 1, DEEP],
    ['a review-shaped body', { reviewer: { externalId: 'u' }, incentive: { type: 'free_product' }, mediaUrls: ['https://x'] }, 3, undefined],
    ['arrays count as levels', [[[1]]], 2, DEEP],
    ['a wide but shallow array', Array.from({ length: 10_000 }, () => ({ a: 1 })), 2, undefined],
    ['the default limit', nest(MAX_JSON_DEPTH, '[', ']'), MAX_JSON_DEPTH, undefined],
    ['one past the default limit', nest(MAX_JSON_DEPTH + 1, '[', ']'), MAX_JSON_DEPTH, DEEP],
    ['10,000 nested objects without overflowing the stack', nest(10_000, '{"a":', '}'), MAX_JSON_DEPTH, DEEP],
    ['1,000,000 nested arrays without overflowing the stack', nest(1_000_000, '[', ']'), MAX_JSON_DEPTH, DEEP],
    ['a top-level __proto__ key', JSON.parse('{"__proto__": {"admin": true}}'), MAX_JSON_DEPTH, PROTO],
    ['a nested __proto__ key in a bulk item', JSON.parse('[{"reviewer": {"__proto__": 1}}]'), MAX_JSON_DEPTH, PROTO],
    ['constructor.prototype', JSON.parse('{"constructor": {"prototype": {"x": 1}}}'), MAX_JSON_DEPTH, PROTO],
    ['a "constructor" key of any value (class-transformer reads value.constructor)', JSON.parse('{"constructor": "x"}'), MAX_JSON_DEPTH, PROTO],
    ['"__proto__" as a value', { body: '__proto__' }, MAX_JSON_DEPTH, undefined],
  ])('%s', (_name, value, limit, expected) => {
    expect(findJsonHazard(value, limit)?.code).toBe(expected);
  });

  it.each([
    [Array.from({ length: 20_001 }, () => 1), 'PAYLOAD_TOO_LARGE'],
    [{ mediaUrls: Array.from({ length: 1_001 }, () => 'x') }, 'PAYLOAD_TOO_LARGE'],
    [Array.from({ length: 10_000 }, () => ({ a: 1 })), undefined],
    [{ mediaUrls: Array.from({ length: 1_000 }, () => 'x') }, undefined],
  ])('caps array lengths (%#)', (body, code) => {
    expect(findJsonHazard(body)?.code).toBe(code);
  });
});
