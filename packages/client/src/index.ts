import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths, webhooks } from './schema.js';

export type { components, operations, paths, webhooks } from './schema.js';

/** Every schema of the contract by name, e.g. `Schemas['StorefrontReviewView']`. */
export type Schemas = components['schemas'];

/** The JSON body of one webhook event type, as POSTed to a subscribed webhook (and listed by `GET /v1/events`). */
export type WebhookEvent<T extends keyof webhooks = keyof webhooks> = {
  [K in T]: NonNullable<webhooks[K]['post']>['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never;
}[T];

export interface CandorClientOptions extends Omit<ClientOptions, 'baseUrl' | 'headers'> {
  /** Where the API answers, e.g. `https://candor.example.com` (no trailing `/v1`: paths carry it). */
  baseUrl: string;
  /** An API key (`cnd_…`) or a publishable storefront key (`cnd_pk_…`), sent as a bearer token. */
  apiKey: string;
  /** Extra headers for every request (the key's `authorization` header wins). */
  headers?: Record<string, string>;
}

export type CandorClient = Client<paths>;

/**
 * A thin openapi-fetch client: every path, parameter, body and response is typed from openapi.json,
 * e.g. `await candor.GET('/v1/products/{id}/rating', { params: { path: { id } } })` → `{ data, error, response }`.
 */
export function createCandorClient({ baseUrl, apiKey, headers, ...options }: CandorClientOptions): CandorClient {
  return createClient<paths>({ ...options, baseUrl, headers: { ...headers, authorization: `Bearer ${apiKey}` } });
}
