import { randomBytes } from 'node:crypto';
import { cliKey } from './processes.js';

/** Minimal HTTP client for the child APIs (global fetch, loopback only). */
export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export async function http<T = Record<string, unknown>>(baseUrl: string, method: string, path: string, key?: string, body?: unknown, timeoutMs = 120_000): Promise<HttpResult<T>> {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, {
    method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text (an assertion will show it)
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

async function created(baseUrl: string, key: string, path: string, body: unknown): Promise<string> {
  const res = await http<{ id: string }>(baseUrl, 'POST', path, key, body);
  if (res.status !== 201) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export interface World {
  adminKey: string;
  productIds: string[];
  channels: { id: string; key: string }[];
}

/** Merchants, products and two channels, all through the public API of `baseUrl`; keys from the CLI and the API. */
export async function seedWorld(baseUrl: string, env: Record<string, string>, options: { merchants: number; products: number }): Promise<World> {
  const adminKey = await cliKey(env, 'admin');
  const tag = randomBytes(3).toString('hex');
  const merchants: string[] = [];
  for (let m = 0; m < options.merchants; m += 1) {
    merchants.push(await created(baseUrl, adminKey, '/v1/merchants', { slug: `rel-${tag}-${m}`, name: `Reliability merchant ${m}` }));
  }
  const productIds: string[] = [];
  for (let start = 0; start < options.products; start += 20) {
    const batch = Array.from({ length: Math.min(20, options.products - start) }, (_, i) => start + i);
    productIds.push(...(await Promise.all(batch.map((p) =>
      created(baseUrl, adminKey, '/v1/products', { merchantId: merchants[p % merchants.length], sku: `rel-${tag}-${p}`, name: `Product ${p}` })))));
  }
  const channels: { id: string; key: string }[] = [];
  for (const type of ['web', 'app']) {
    const id = await created(baseUrl, adminKey, '/v1/channels', { code: `${type}-${tag}`, type, name: `Reliability ${type}` });
    const key = await http<{ key: string }>(baseUrl, 'POST', '/v1/api-keys', adminKey, { role: 'channel', label: `reliability ${type}`, channelId: id });
    if (key.status !== 201) throw new Error(`api key → ${key.status} ${JSON.stringify(key.body)}`);
    channels.push({ id, key: key.body.key });
  }
  return { adminKey, productIds, channels };
}
