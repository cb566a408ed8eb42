import request from 'supertest';
import { bearer, type Sql } from './e2e.js';
import { reviewBody, type World } from './fixtures.js';
import type { TestApp } from './test-app.js';

export interface Seeded {
  reviewIds: string[];
  itemIds: string[];
}

export interface SeedOptions {
  productId?: string;
  channelKey?: string;
  status?: 'held' | 'published';
  /** Open a moderation item per review (held reviews always get one). */
  withItem?: boolean;
  priority?: number;
  reasonCodes?: string[];
  language?: string;
  reviewer?: { externalId: string; displayName?: string };
  body?: (n: number) => string;
  createdAt?: Date;
}

/**
 * Reviews through the real intake API, then the scorer's outcome set with SQL (no worker needed):
 * `held` + an open moderation item as the scorer would leave it, or `published`.
 */
export async function seedReviews(t: TestApp, w: World, sql: Sql, count: number, o: SeedOptions = {}): Promise<Seeded> {
  const reviewIds: string[] = [];
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, i) => reviewBody({
      productId: o.productId ?? w.product.id, ...(o.language ? { language: o.language } : {}), ...(o.reviewer ? { reviewer: o.reviewer } : {}),
      ...(o.body ? { body: o.body(start + i) } : {}),
    }));
    const res = await request(t.server).post('/v1/reviews:bulk').set(...bearer(o.channelKey ?? w.channel.key)).send(batch);
    if (res.status !== 202) throw new Error(`bulk intake → ${res.status} ${JSON.stringify(res.body)}`);
    reviewIds.push(...(res.body.results as { id: string }[]).map((r) => r.id));
  }
  const status = o.status ?? 'held';
  await sql.query('UPDATE reviews SET status = $2 WHERE id = ANY($1::uuid[])', [reviewIds, status]);
  if (status === 'published' && !o.withItem) return { reviewIds, itemIds: [] };
  const rows = await sql.query<{ id: string; review_id: string }>(
    `INSERT INTO moderation_items (review_id, state, priority, reason_codes, fake_score, source, created_at)
     SELECT r, 'open', $2, $3, 0.5, 'scoring', $4 FROM unnest($1::uuid[]) AS r RETURNING id, review_id`,
    [reviewIds, o.priority ?? 50, o.reasonCodes ?? ['near_duplicate'], o.createdAt ?? new Date()],
  );
  const byReview = new Map(rows.map((r) => [r.review_id, r.id]));
  return { reviewIds, itemIds: reviewIds.map((id) => byReview.get(id) as string) };
}

export async function seedHeld(t: TestApp, w: World, sql: Sql, count: number, o: SeedOptions = {}): Promise<Seeded> {
  return seedReviews(t, w, sql, count, { ...o, status: 'held' });
}

/** Claims one item and returns the version to decide with. */
export async function claim(t: TestApp, key: string, itemId: string): Promise<number> {
  const res = await request(t.server).post(`/v1/moderation/items/${itemId}/claim`).set(...bearer(key));
  if (res.status !== 200) throw new Error(`claim → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.version as number;
}

export async function claimAndDecide(t: TestApp, key: string, itemId: string, decision: Record<string, unknown>): Promise<request.Response> {
  const version = await claim(t, key, itemId);
  return request(t.server).post(`/v1/moderation/items/${itemId}/decisions`).set(...bearer(key)).send({ version, ...decision });
}

export async function seniorKey(t: TestApp): Promise<string> {
  const admin = await t.key('admin');
  const res = await request(t.server).post('/v1/api-keys').set(...bearer(admin)).send({ role: 'moderator', label: 'senior', senior: true });
  if (res.status !== 201) throw new Error(`senior key → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.key as string;
}
