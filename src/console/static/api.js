// The API client: one fetch wrapper carrying the moderator's key, errors as ApiError with the API's code.
import { state } from './state.js';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? 'HTTP_ERROR';
    this.details = body?.details;
  }
}

async function call(method, path, { query, body, key } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
  const headers = { authorization: `Bearer ${key ?? state.key}`, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  // A key revoked mid-session: the app signs out instead of failing every later call.
  if (res.status === 401 && key === undefined) window.dispatchEvent(new CustomEvent('console:unauthenticated'));
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

const M = '/v1/moderation';
const enc = encodeURIComponent;

export const api = {
  stats: (key) => call('GET', `${M}/stats`, { key }),
  merchants: () => call('GET', '/v1/merchants', { query: { limit: 100 } }),
  channels: () => call('GET', '/v1/channels'),
  review: (id) => call('GET', `/v1/reviews/${enc(id)}`),
  product: (id) => call('GET', `/v1/products/${enc(id)}`),
  responses: (query) => call('GET', '/v1/responses', { query }),
  decideResponse: (id, body) => call('POST', `/v1/responses/${enc(id)}/decisions`, { body }),
  queue: (query) => call('GET', `${M}/queue`, { query }),
  item: (id) => call('GET', `${M}/items/${enc(id)}`),
  claim: (id) => call('POST', `${M}/items/${enc(id)}/claim`),
  release: (id) => call('DELETE', `${M}/items/${enc(id)}/claim`),
  decide: (id, body) => call('POST', `${M}/items/${enc(id)}/decisions`, { body }),
  // Fastify route 'decisions::bulk' is the literal path /decisions:bulk.
  bulkDecide: (body) => call('POST', `${M}/decisions:bulk`, { body }),
  statement: (decisionId) => call('GET', `/v1/decisions/${enc(decisionId)}/statement`),
  appeals: (query) => call('GET', `${M}/appeals`, { query }),
  claimAppeal: (id) => call('POST', `${M}/appeals/${enc(id)}/claim`),
  decideAppeal: (id, body) => call('POST', `${M}/appeals/${enc(id)}/decisions`, { body }),
};

const productNames = new Map();

/** A product's name for readable lists (appeals, replies); looked up once per product and page load. */
export function productName(id) {
  if (!productNames.has(id)) productNames.set(id, api.product(id).then((p) => p.name, () => null));
  return productNames.get(id);
}
