import { prng, reviewBatch, type ReviewItem } from './reviews.js';
import { sleep } from './processes.js';
import { http } from './world.js';

export interface BulkTally {
  requests: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  statuses: Record<number, number>;
  /** externalId → review id, for every item the API answered `accepted` or `duplicate`. */
  ids: Map<string, string>;
}

interface BulkBody {
  accepted: number;
  duplicates: number;
  rejected: number;
  results: { externalId?: string; outcome: string; id?: string; error?: { code: string; message: string } }[];
}

export function emptyTally(): BulkTally {
  return { requests: 0, accepted: 0, duplicates: 0, rejected: 0, statuses: {}, ids: new Map() };
}

/** One bulk request; returns the HTTP status and folds the per-item results into `tally`. */
export async function postBulk(baseUrl: string, key: string, items: ReviewItem[], tally: BulkTally): Promise<{ status: number; retryAfter: string | null; body: unknown }> {
  const res = await http<BulkBody>(baseUrl, 'POST', '/v1/reviews:bulk', key, items, 300_000);
  tally.requests += 1;
  tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
  if (res.status === 202 || res.status === 200) {
    tally.accepted += res.body.accepted;
    tally.duplicates += res.body.duplicates;
    tally.rejected += res.body.rejected;
    for (const r of res.body.results) if (r.id && r.externalId && (r.outcome === 'accepted' || r.outcome === 'duplicate')) tally.ids.set(r.externalId, r.id);
  }
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: res.body };
}

export interface PushPlan {
  apis: string[];
  keys: string[];
  productIds: string[];
  total: number;
  batchSize: number;
  clients: number;
  prefix: string;
  seed: number;
}

/** Resends of one batch after 503 before the push gives up. */
const MAX_UNAVAILABLE_RETRIES = 20;

/**
 * `clients` concurrent loops, each taking the next batch and posting it to API (batch mod #apis)
 * with channel key (batch mod #keys): load spreads over every process and channel. A 503 (the API
 * could not store the batch, e.g. PostgreSQL out of connections on a shared machine) is resent after
 * Retry-After with the same items, as the README tells clients to; nothing was stored, so the resend
 * must still count as accepted, not duplicate. Any other status than 202 fails the push (this driver
 * is for the no-fault runs).
 */
export async function pushAll(plan: PushPlan, onProgress?: (tally: BulkTally) => void): Promise<BulkTally> {
  const tally = emptyTally();
  const random = prng(plan.seed);
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < plan.total) {
      const batch = next / plan.batchSize;
      const start = next;
      next += plan.batchSize;
      const items = reviewBatch(plan.prefix, start, Math.min(plan.batchSize, plan.total - start), plan.productIds, random);
      let res = await postBulk(plan.apis[batch % plan.apis.length], plan.keys[batch % plan.keys.length], items, tally);
      for (let retry = 1; res.status === 503 && retry <= MAX_UNAVAILABLE_RETRIES; retry += 1) {
        await sleep(Number(res.retryAfter ?? 1) * 1_000);
        res = await postBulk(plan.apis[(batch + retry) % plan.apis.length], plan.keys[batch % plan.keys.length], items, tally);
      }
      if (res.status !== 202) throw new Error(`bulk batch ${batch} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
      onProgress?.(tally);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, client));
  return tally;
}
