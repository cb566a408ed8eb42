import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { anyJsonValue, hostileString } from './fuzz.js';

type Ctor = abstract new (...args: never[]) => object;
type Meta = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** The instance ValidationPipe reads (Nest loads class-transformer's CommonJS build); it holds @Type() targets. */
const transformerStorage = createRequire(import.meta.url)('class-transformer/cjs/storage.js') as {
  defaultMetadataStorage: { findTypeMetadata(target: Ctor, property: string): { typeFunction: () => Ctor } | undefined };
};

export interface RouteShapes {
  /** DTO class of @Body(), and whether the route takes an array of them (bulk). */
  body?: { type: Ctor; isArray: boolean };
  query?: Ctor;
}

const PRIMITIVES = new Set<unknown>([Object, String, Number, Boolean, Array]);

/** @Body() / @Query() DTO classes of a handler, from the same metadata Nest's router resolves arguments with. */
export function routeShapes(controller: Ctor, handler: string): RouteShapes {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<string, { index: number }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as unknown[];
  const shapes: RouteShapes = {};
  for (const [key, arg] of Object.entries(args)) {
    const type = types[arg.index] as Ctor | undefined;
    const kind = Number(key.split(':')[0]);
    if (kind === RouteParamtypes.QUERY && type && !PRIMITIVES.has(type)) shapes.query = type;
    if (kind === RouteParamtypes.BODY && type && !PRIMITIVES.has(type)) shapes.body = { type, isArray: false };
  }
  if (!shapes.body) {
    // Bulk routes take `unknown` and validate per item; their @ApiBody names the item DTO.
    const swagger = (Reflect.getMetadata('swagger/apiParameters', (controller.prototype as Record<string, object>)[handler]) ?? []) as { in?: string; type?: unknown; isArray?: boolean }[];
    const body = swagger.find((p) => p.in === 'body');
    const item = Array.isArray(body?.type) ? body.type[0] : body?.type;
    if (typeof item === 'function') shapes.body = { type: item as Ctor, isArray: true };
  }
  return shapes;
}

export interface ValueHints {
  /** Ids that exist in the test world, so generated bodies reach past "not found". */
  ids: string[];
}

const has = (metas: Meta[], name: string): Meta | undefined => metas.find((m) => m.name === name);
const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** A value that satisfies the property's validators most of the time (valid-looking, not exhaustive). */
function validValue(target: Ctor, property: string, metas: Meta[], hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  const isIn = has(metas, 'isIn') ?? has(metas, 'isEnum');
  const nested = metas.some((m) => m.type === 'nestedValidation');
  let one: fc.Arbitrary<unknown>;
  if (isIn) {
    const allowed = isIn.name === 'isEnum' ? Object.values(isIn.constraints[0] as object) : (isIn.constraints[0] as unknown[]);
    one = fc.constantFrom(...allowed);
  } else if (nested && depth < 3) {
    const type = transformerStorage.defaultMetadataStorage.findTypeMetadata(target, property)?.typeFunction()
      ?? (Reflect.getMetadata('design:type', target.prototype, property) as Ctor | undefined);
    one = type && !PRIMITIVES.has(type) ? dtoArbitrary(type, hints, depth + 1) : anyJsonValue();
  } else if (has(metas, 'isUuid')) {
    one = hints.ids.length > 0 ? fc.oneof(fc.constantFrom(...hints.ids), fc.uuid()) : fc.uuid();
  } else if (has(metas, 'isInt') || has(metas, 'isNumber') || has(metas, 'min') || has(metas, 'max')) {
    const min = (has(metas, 'min')?.constraints[0] as number | undefined) ?? -1_000;
    const max = (has(metas, 'max')?.constraints[0] as number | undefined) ?? 1_000_000;
    one = has(metas, 'isInt') ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  } else if (has(metas, 'isBoolean')) {
    one = fc.boolean();
  } else if (has(metas, 'isDateString') || has(metas, 'isIso8601') || has(metas, 'isISO8601')) {
    one = isoDate;
  } else if (has(metas, 'isUrl')) {
    one = fc.constantFrom('https://example.com/a.png', 'http://127.0.0.1:9/hook', 'https://例え.jp/パス');
  } else {
    const maxLength = (has(metas, 'maxLength')?.constraints[0] as number | undefined) ?? (has(metas, 'isLength')?.constraints[1] as number | undefined) ?? 40;
    one = fc.string({ minLength: 1, maxLength: Math.min(maxLength, 40) });
  }
  return has(metas, 'isArray') && !nested ? fc.array(one, { minLength: 1, maxLength: 3 }) : has(metas, 'isArray') ? fc.array(one, { maxLength: 3 }) : one;
}

/**
 * Bodies built from a DTO's class-validator metadata: each field usually valid, sometimes a
 * hostile string or a value of the wrong type, sometimes missing, plus the odd unknown key.
 */
export function dtoArbitrary(type: Ctor, hints: ValueHints, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(type as unknown as new () => object, '', true, false);
  const byProperty = new Map<string, Meta[]>();
  for (const meta of metas) byProperty.set(meta.propertyName, [...(byProperty.get(meta.propertyName) ?? []), meta]);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [property, own] of byProperty) {
    fields[property] = fc.oneof(
      { weight: 8, arbitrary: validValue(type, property, own, hints, depth) },
      { weight: 1, arbitrary: hostileString() },
      { weight: 1, arbitrary: anyJsonValue() },
    );
  }
  const required = [...byProperty].filter(([, own]) => !has(own, 'isOptional')).map(([p]) => p);
  return fc.tuple(
    fc.record(fields, { requiredKeys: [] }),
    fc.subarray(required, { maxLength: Math.min(1, required.length) }),
    fc.option(fc.tuple(fc.constantFrom('__proto__', 'id', 'status', 'role', 'merchantId', 'extra'), anyJsonValue()), { freq: 8 }),
  ).chain(([partial, dropped, extra]) => fc.record(Object.fromEntries(required.filter((p) => !dropped.includes(p) && !(p in partial)).map((p) => [p, validValue(type, p, byProperty.get(p) ?? [], hints, depth)]))).map((filled) => {
    const body: Record<string, unknown> = { ...partial, ...filled };
    if (extra) Object.defineProperty(body, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
    return body;
  }));
}

/** Query objects from a query DTO: every value a string, as a real query string would carry. */
export function queryArbitrary(type: Ctor, hints: ValueHints): fc.Arbitrary<Record<string, string>> {
  return dtoArbitrary(type, hints).map((q) => Object.fromEntries(Object.entries(q).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])));
}
