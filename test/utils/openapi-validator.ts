import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';

/**
 * Checks every response the e2e suite receives against the committed openapi.json, so the contract cannot
 * drift from the code: the route and status must be documented, the content type listed, and a JSON body
 * must match the schema. Violations are collected and reported when the test app closes (afterAll).
 */

type Json = Record<string, unknown>;
interface Operation { path: string; responses: Record<string, Json> }

const SPEC_ID = 'https://candor.invalid/openapi.json';
/** Excluded from the contract on purpose (@ApiExcludeController): the docs themselves and the console's and widget's static files. */
const UNDOCUMENTED = [/^\/docs(\/|$)/, /^\/console(\/|$)/, /^\/widget(\/|$)/, /^\/favicon\.ico$/];
/**
 * Operations whose 2xx body has no schema yet: their bodies are not validated. The OpenAPI contract spec
 * asserts each one still lacks a schema, so this list can only shrink. Keep it empty.
 */
export const PENDING_RESPONSE_SCHEMAS = new Set<string>([]);

// ajv-formats is CommonJS with a default export; under ESM jest the function may sit one level down.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

const escapePointer = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Fastify's route pattern (`/v1/products/:id`, `/v1/reviews::bulk` for a literal colon) → OpenAPI path. */
export function toOpenApiPath(route: string): string {
  return route.split('::').map((part) => part.replace(/:([A-Za-z0-9_]+)/g, '{$1}')).join(':');
}

export class OpenApiResponseValidator {
  public readonly violations: string[] = [];
  private readonly ajv: Ajv2020;
  private readonly operations = new Map<string, Operation>();
  private readonly validators = new Map<string, ValidateFunction>();

  public constructor(private readonly spec: Json = JSON.parse(readFileSync('openapi.json', 'utf8')) as Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...spec, $id: SPEC_ID });
    for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(ops)) this.operations.set(`${method.toUpperCase()} ${path}`, { path, responses: op.responses as Record<string, Json> });
    }
  }

  /** Test-only: an onSend hook on the app under test. Add before app.init(). */
  public register(fastify: FastifyInstance): void {
    fastify.addHook('onSend', (request, reply, payload, done) => {
      try {
        this.check(request, reply, payload);
      } catch (error) {
        this.violations.push(`${request.method} ${request.url}: validator failed: ${(error as Error).message}`);
      }
      done(null, payload);
    });
  }

  public report(): string | undefined {
    if (this.violations.length === 0) return undefined;
    const unique = [...new Set(this.violations)];
    return `${unique.length} response(s) do not match openapi.json (fix the DTO or the code, then npm run openapi):\n  ${unique.slice(0, 50).join('\n  ')}`;
  }

  private check(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
    if (request.method === 'OPTIONS') return; // CORS preflights are answered before routing
    const route = request.routeOptions.url;
    const status = reply.statusCode;
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const label = `${request.method} ${route ? toOpenApiPath(route) : request.url} ${status}`;
    if (route && UNDOCUMENTED.some((r) => r.test(route))) return;
    if (!route) {
      // No route matched: the answer must still be the shared error shape.
      if (status >= 400) this.validateBody(label, `${SPEC_ID}#/components/schemas/ErrorBody`, reply, payload);
      else this.violations.push(`${label}: unrouted request answered without an error`);
      return;
    }
    const key = `${method} ${toOpenApiPath(route)}`;
    const op = this.operations.get(key);
    if (!op) {
      this.violations.push(`${label}: route is not in openapi.json`);
      return;
    }
    const statusKey = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in op.responses);
    if (!statusKey) {
      this.violations.push(`${label}: status ${status} is not documented for ${key} (documented: ${Object.keys(op.responses).join(', ')})`);
      return;
    }
    let response = op.responses[statusKey];
    let pointer = `${SPEC_ID}#/paths/${escapePointer(op.path)}/${method.toLowerCase()}/responses/${escapePointer(statusKey)}`;
    if (typeof response.$ref === 'string') {
      pointer = `${SPEC_ID}${response.$ref}`;
      response = this.resolve(response.$ref);
    }
    const content = response.content as Record<string, Json> | undefined;
    const body = bodyText(payload);
    if (request.method === 'HEAD' || status === 304 || status === 204) return;
    if (!content) {
      if (body.length > 0 && !(status < 300 && PENDING_RESPONSE_SCHEMAS.has(key))) this.violations.push(`${label}: a body was sent but openapi.json documents none`);
      return;
    }
    const type = String(reply.getHeader('content-type') ?? '').split(';')[0].trim();
    const mediaKey = Object.keys(content).find((m) => m === type || (m.endsWith('/*') && type.startsWith(m.slice(0, -1))));
    if (!mediaKey) {
      this.violations.push(`${label}: content-type "${type}" is not documented (documented: ${Object.keys(content).join(', ')})`);
      return;
    }
    if (!content[mediaKey].schema) {
      if (!(status < 300 && PENDING_RESPONSE_SCHEMAS.has(key))) this.violations.push(`${label}: no schema documented for ${mediaKey}`);
      return;
    }
    if (!/json/.test(mediaKey) || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return;
    this.validateBody(label, `${pointer}/content/${escapePointer(mediaKey)}/schema`, reply, payload);
  }

  private validateBody(label: string, schemaRef: string, reply: FastifyReply, payload: unknown): void {
    let validate = this.validators.get(schemaRef);
    if (!validate) {
      validate = this.ajv.compile({ $ref: schemaRef });
      this.validators.set(schemaRef, validate);
    }
    let body: unknown;
    try {
      body = JSON.parse(bodyText(payload));
    } catch {
      this.violations.push(`${label}: body is not JSON (content-type ${String(reply.getHeader('content-type'))})`);
      return;
    }
    if (!validate(body)) {
      for (const e of validate.errors ?? []) {
        const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
        this.violations.push(`${label}: ${e.instancePath || '/'} ${e.message ?? e.keyword}${extra}`);
      }
    }
  }

  private resolve(ref: string): Json {
    let node: unknown = this.spec;
    for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    return node as Json;
  }
}

function bodyText(payload: unknown): string {
  if (payload === undefined || payload === null) return '';
  if (typeof payload === 'string') return payload;
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  return ''; // a stream: not buffered here (NDJSON exports); its route is still checked for status and type
}
