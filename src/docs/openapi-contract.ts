import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The one place that turns what @nestjs/swagger 12 emits (OpenAPI 3.0: `nullable`, single `example`,
 * no error responses, no webhooks) into the published 3.1 contract. Swagger 12's setOpenAPIVersion only
 * rewrites the version string, so the schema dialect is converted here.
 */

type Json = Record<string, unknown>;

export const ERROR_SCHEMA = 'ErrorBody';
export const EVENT_SCHEMA = 'ExternalEventView';

/** Mirrors ErrorBody in src/common/errors/all-exceptions.filter.ts: every 4xx/5xx has this shape. */
const errorBody = {
  type: 'object',
  description: 'The shape of every error answer (4xx and 5xx), from the global exception filter.',
  required: ['statusCode', 'code', 'message', 'requestId'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, repeated', examples: [400] },
    code: { type: 'string', description: 'Stable machine-readable code (e.g. VALIDATION_FAILED, NOT_FOUND, RATE_LIMITED); switch on this, never on message', examples: ['VALIDATION_FAILED'] },
    message: { type: 'string', description: 'Human-readable explanation; wording may change', examples: ['rating must be an integer between 1 and 5'] },
    details: { description: 'Code-specific structured data (e.g. the rejected fields, retryAfterSeconds)' },
    requestId: { type: 'string', description: 'Same as the x-request-id response header; quote it in support requests', examples: ['3f0c1a9e-2b4d-4c51-9a6e-1d2f3a4b5c6d'] },
  },
  examples: [{ statusCode: 404, code: 'NOT_FOUND', message: 'No product 3f0c1a9e-2b4d-4c51-9a6e-1d2f3a4b5c6d', requestId: '8d7e6f5a-4b3c-4d2e-9f1a-0b9c8d7e6f5a' }],
};

const errorResponse = (description: string): Json => ({
  description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${ERROR_SCHEMA}` } } },
});

/**
 * Shared error answers, referenced from every operation. Range keys (`4XX`, `5XX`) cover every error status an
 * operation may answer; the explicit ones name the common meanings.
 */
const ERROR_RESPONSES: Record<string, { name: string; response: Json }> = {
  400: { name: 'BadRequest', response: errorResponse('Bad input: malformed JSON, validation failure, unknown property (code tells which)') },
  401: { name: 'Unauthenticated', response: errorResponse('Missing, malformed, revoked or expired API key') },
  403: { name: 'Forbidden', response: errorResponse('The key\'s role or scope does not allow this (or a publishable key from an origin it does not list)') },
  429: { name: 'RateLimited', response: errorResponse('Rate limited; Retry-After says when to retry') },
  '4XX': { name: 'ClientError', response: errorResponse('Any other client error (404 not found, 409 conflict, 413 too large, 415 media type…)') },
  '5XX': { name: 'ServerError', response: errorResponse('Server error: 503 (storage or intake temporarily unavailable, Retry-After set) or a generic 500') },
};

const SECURITY_DESCRIPTION = [
  'API keys, not JWTs: send `Authorization: Bearer <key>` (or `x-api-key: <key>`).',
  'Server keys read `cnd_<12 hex prefix>_<secret>` and carry one role (admin, moderator, merchant, storefront, channel) and,',
  'for merchant and channel keys, a scope; keep them on a server.',
  'Publishable storefront keys read `cnd_pk_<prefix>_<secret>`: read-only storefront routes, bound to an origin allow-list (CORS per key),',
  'rate-limited per key and per client IP, and safe to ship in a web page.',
  'Keys are created with `POST /v1/api-keys` (admin) or `npm run cli -- keys create`; the secret is shown once.',
].join(' ');

const SIGNATURE_DESCRIPTION = `Every delivery is a JSON POST of one event (the same JSON as an item of \`GET /v1/events\`), signed twice with the webhook's secret (\`whsec_…\`, shown once at creation):

- \`Candor-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>\` — the key is the whole secret string.
- Standard Webhooks (standardwebhooks.com): \`webhook-id\` (the event id, the same on every retry: dedupe on it), \`webhook-timestamp\` (unix seconds) and \`webhook-signature: v1,<base64 HMAC-SHA256(base64-decoded part of the secret after "whsec_", "<webhook-id>.<webhook-timestamp>.<raw body>")>\`; any Standard Webhooks library verifies it.

To verify: (1) take the raw request body bytes before any JSON parsing; (2) recompute the HMAC over the timestamp and body as above; (3) compare in constant time (several space-separated \`v1,\` signatures may appear in \`webhook-signature\` during a secret rotation: any may match); (4) refuse a timestamp more than 300 seconds from your clock (replay window); (5) dedupe on the event id. Answer 2xx within the timeout; any other answer or a timeout is retried with exponential backoff, and each attempt is listed at \`GET /v1/webhooks/{id}/deliveries\`.`;

const header = (description: string, example: string): Json => ({ required: true, description, schema: { type: 'string', examples: [example] } });

const WEBHOOK_HEADERS: Json[] = [
  { name: 'Candor-Signature', in: 'header', ...header('t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">', 't=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd') },
  { name: 'Candor-Event-Id', in: 'header', ...header('The event id (same as body.id)', 'evt_0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d') },
  { name: 'Candor-Event-Type', in: 'header', ...header('The event type (same as body.type)', 'review.published') },
  { name: 'Candor-Delivery-Id', in: 'header', ...header('This delivery (one per webhook and event; retries keep it)', '0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d') },
  { name: 'webhook-id', in: 'header', ...header('Standard Webhooks message id: the event id, stable across retries', 'evt_0190f1f0-7d3c-7a2b-9c1d-2e3f4a5b6c7d') },
  { name: 'webhook-timestamp', in: 'header', ...header('Standard Webhooks timestamp, unix seconds', '1767225600') },
  { name: 'webhook-signature', in: 'header', ...header('Standard Webhooks signature(s): space-separated `v1,<base64>`', 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=') },
];

/** 3.0 → 3.1 schema dialect: `nullable` becomes a null type, `example` becomes `examples`. */
function toSchema31(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toSchema31);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) out[key] = toSchema31(value);
  if (out.nullable === true) {
    delete out.nullable;
    if (out.$ref || out.allOf || out.oneOf || out.anyOf) {
      // Swagger writes a nullable DTO as { type: object, nullable, allOf: [$ref] }: keep the ref, allow null.
      const { description, type: _type, ...rest } = out;
      const single = Array.isArray(rest.allOf) && rest.allOf.length === 1 && Object.keys(rest).length === 1 ? (rest.allOf[0] as Json) : rest;
      return { ...(description ? { description } : {}), anyOf: [single.$ref ? { $ref: single.$ref } : single, { type: 'null' }] };
    }
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
  } else if (out.nullable === false) delete out.nullable;
  // Role-shaped views overlap (a staff view is also a valid public view): exclusive oneOf would reject them.
  if (Array.isArray(out.oneOf) && !out.discriminator) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if ('example' in out && !('examples' in out) && isSchemaLike(out)) {
    out.examples = [out.example];
    delete out.example;
  }
  return out;
}

/** A media type or parameter also has `example` (still valid in 3.1 there); only schemas get `examples: []`. */
function isSchemaLike(node: Json): boolean {
  return 'type' in node || '$ref' in node || 'properties' in node || 'items' in node || 'enum' in node || 'format' in node;
}

function mapSchemas(document: Json): void {
  const components = document.components as Json;
  components.schemas = toSchema31(components.schemas ?? {});
  for (const ops of Object.values(document.paths as Record<string, Json>)) {
    for (const op of Object.values(ops) as Json[]) {
      for (const p of (op.parameters as Json[] | undefined) ?? []) if (p.schema) p.schema = toSchema31(p.schema);
      for (const holder of [op.requestBody, ...Object.values((op.responses as Json) ?? {})] as (Json | undefined)[]) {
        const content = holder?.content as Record<string, Json> | undefined;
        for (const media of Object.values(content ?? {})) if (media.schema) media.schema = toSchema31(media.schema);
      }
    }
  }
}

/** `CatalogController_createMerchant_v1` → "Create merchant", unless the route set its own summary. */
function addSummaries(document: Json): void {
  for (const ops of Object.values(document.paths as Record<string, Json>)) {
    for (const op of Object.values(ops) as Json[]) {
      if (op.summary || typeof op.operationId !== 'string') continue;
      const method = op.operationId.split('_')[1] ?? op.operationId;
      const words = method.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      op.summary = words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
}

function addErrorResponses(document: Json): void {
  for (const ops of Object.values(document.paths as Record<string, Json>)) {
    for (const op of Object.values(ops) as Json[]) {
      const responses = (op.responses ?? {}) as Json;
      const publicRoute = !op.security;
      for (const [status, { name }] of Object.entries(ERROR_RESPONSES)) {
        if (publicRoute && (status === '401' || status === '403')) continue;
        responses[status] ??= { $ref: `#/components/responses/${name}` };
      }
      // Error answers declared on a route with @ApiResponse carry a description only; give them the shared shape.
      for (const [status, response] of Object.entries(responses)) {
        if (/^[45]/.test(status) && !(response as Json).content && !(response as Json).$ref) (response as Json).content = (errorResponse('') as { content: Json }).content;
      }
      op.responses = responses;
    }
  }
}

/** Webhook topics come from the publishing module's outbox topics; all share one payload schema. */
function addWebhooks(document: Json, topics: readonly string[]): void {
  const webhooks: Json = {};
  for (const topic of topics) {
    webhooks[topic] = {
      post: {
        operationId: `webhook_${topic.replace(/[^a-zA-Z0-9]+/g, '_')}`,
        summary: `Event ${topic}, POSTed to each webhook subscribed to it`,
        description: SIGNATURE_DESCRIPTION,
        tags: ['webhooks'],
        parameters: WEBHOOK_HEADERS,
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${EVENT_SCHEMA}` } } } },
        responses: { '2XX': { description: 'Accepted: the delivery is recorded as succeeded' }, default: { description: 'Any other answer or a timeout: retried with exponential backoff' } },
      },
    };
  }
  document.webhooks = webhooks;
}

export function toPublishedContract(generated: OpenAPIObject, webhookTopics: readonly string[]): OpenAPIObject {
  const document = structuredClone(generated) as unknown as Json;
  document.openapi = '3.1.0';
  document.jsonSchemaDialect = 'https://spec.openapis.org/oas/3.1/dialect/base';
  const components = (document.components ??= {}) as Json;
  components.securitySchemes = { bearer: { type: 'http', scheme: 'bearer', description: SECURITY_DESCRIPTION } };
  document.servers = [{ url: '/', description: 'This Candor deployment (routes are versioned in the path: /v1/…)' }];
  (document.info as Json).license = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' };
  mapSchemas(document);
  addSummaries(document);
  (components.schemas as Json)[ERROR_SCHEMA] = errorBody;
  components.responses = Object.fromEntries(Object.values(ERROR_RESPONSES).map(({ name, response }) => [name, response]));
  addErrorResponses(document);
  addWebhooks(document, webhookTopics);
  return document as unknown as OpenAPIObject;
}
