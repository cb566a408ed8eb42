import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from './test-app.js';

export interface World {
  adminKey: string;
  merchant: { id: string; key: string };
  otherMerchant: { id: string; key: string };
  product: { id: string; sku: string };
  otherProduct: { id: string; sku: string };
  channel: { id: string; code: string; key: string };
  otherChannel: { id: string; code: string; key: string };
  moderatorKey: string;
  storefrontKey: string;
}

const uid = (): string => randomUUID().slice(0, 8);

async function post(t: TestApp, key: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await request(t.server).post(path).set('authorization', `Bearer ${key}`).send(body as object);
  if (res.status >= 300) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string };
}

/** Two merchants, two channels, a product each (mapped on the channel by SKU) and a key for every role. */
export async function buildWorld(t: TestApp): Promise<World> {
  const adminKey = await t.key('admin');
  const m1 = await post(t, adminKey, '/v1/merchants', { slug: `m-${uid()}`, name: 'Acme Outdoor' });
  const m2 = await post(t, adminKey, '/v1/merchants', { slug: `m-${uid()}`, name: 'Bolt Electronics' });
  const c1Code = `web-${uid()}`;
  const c2Code = `app-${uid()}`;
  const c1 = await post(t, adminKey, '/v1/channels', { code: c1Code, type: 'web', name: 'Web mall' });
  const c2 = await post(t, adminKey, '/v1/channels', { code: c2Code, type: 'app', name: 'App' });
  const p1Sku = `sku-${uid()}`;
  const p2Sku = `sku-${uid()}`;
  const p1 = await post(t, adminKey, '/v1/products', { merchantId: m1.id, sku: p1Sku, name: 'Trail tent' });
  const p2 = await post(t, adminKey, '/v1/products', { merchantId: m2.id, sku: p2Sku, name: 'USB charger' });
  await post(t, adminKey, '/v1/channel-listings', { channel: c1Code, externalSku: `W-${p1Sku}`, productId: p1.id });
  await post(t, adminKey, '/v1/channel-listings', { channel: c2Code, externalSku: `A-${p1Sku}`, productId: p1.id });
  await post(t, adminKey, '/v1/channel-listings', { channel: c1Code, externalSku: `W-${p2Sku}`, productId: p2.id });
  return {
    adminKey,
    merchant: { id: m1.id, key: await t.key('merchant', { merchantId: m1.id }) },
    otherMerchant: { id: m2.id, key: await t.key('merchant', { merchantId: m2.id }) },
    product: { id: p1.id, sku: `W-${p1Sku}` },
    otherProduct: { id: p2.id, sku: `W-${p2Sku}` },
    channel: { id: c1.id, code: c1Code, key: await t.key('channel', { channelId: c1.id }) },
    otherChannel: { id: c2.id, code: c2Code, key: await t.key('channel', { channelId: c2.id }) },
    moderatorKey: await t.key('moderator'),
    storefrontKey: await t.key('storefront'),
  };
}

let counter = 0;
export function reviewBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    externalId: `ext-${uid()}-${counter}`,
    rating: 4,
    title: 'Solid tent',
    body: 'Pitched it in 10 minutes on the first try; stayed dry through a night of rain.',
    reviewer: { externalId: `u-${uid()}`, displayName: 'Alice Smith' },
    ...overrides,
  };
}
