import { prng, reviewBatch, type ReviewItem } from './reviews.js';
import { sleep } from './processes.js';
import { http } from './world.js';

/** One intake request of a fault test and what the API answered. */
export interface Attempt {
  phase: string;
  kind: 'bulk' | 'single';
  /** The channel key it was sent with: idempotency is per (channel, externalId), so a retry must reuse it. */
  key: string;
  items: ReviewItem[];
  status: number | 'network-error';
  retryAfter: string | null;
  code?: string;
  /** externalId → review id for every item the API reported as stored (accepted or duplicate). */
  stored: Map<string, string>;
}

interface Answer {
  id?: string;
  code?: string;
  results?: { externalId?: string; outcome: string; id?: string }[];
}

/**
 * Continuous intake from `clients` loops — alternating bulk (10 items) and single requests — until
 * stopped; `phase` labels each attempt with what the test was doing to the infrastructure at the time.
 */
export class IntakeStream {
  public readonly attempts: Attempt[] = [];
  public phase = 'up';
  private next = 0;
  private running = true;
  private readonly loops: Promise<void>[];
  private readonly random = prng(42);

  public constructor(private readonly baseUrl: string, private readonly keys: string[], private readonly productIds: string[], private readonly prefix: string, clients = 2) {
    this.loops = Array.from({ length: clients }, () => this.loop());
  }

  public successesIn(phase: string): number {
    return this.attempts.filter((a) => a.phase === phase && (a.status === 202 || a.status === 200)).length;
  }

  public async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const bulk = this.next % 2 === 0;
      const items = reviewBatch(this.prefix, this.next * 10, bulk ? 10 : 1, this.productIds, this.random);
      const key = this.keys[this.next % this.keys.length];
      this.next += 1;
      this.attempts.push(await this.send(bulk, key, items));
      await sleep(50);
    }
  }

  private async send(bulk: boolean, key: string, items: ReviewItem[]): Promise<Attempt> {
    const attempt: Attempt = { phase: this.phase, kind: bulk ? 'bulk' : 'single', key, items, status: 'network-error', retryAfter: null, stored: new Map() };
    try {
      const res = await http<Answer>(this.baseUrl, 'POST', bulk ? '/v1/reviews:bulk' : '/v1/reviews', key, bulk ? items : items[0], 30_000);
      attempt.status = res.status;
      attempt.retryAfter = res.headers.get('retry-after');
      attempt.code = res.body?.code;
      if (res.status === 202 || res.status === 200) {
        if (bulk) for (const r of res.body.results ?? []) if (r.id && r.externalId) attempt.stored.set(r.externalId, r.id);
        if (!bulk && res.body.id) attempt.stored.set(items[0].externalId, res.body.id);
      }
    } catch {
      // connection refused/reset or timeout: kept as 'network-error' for the assertions
    }
    return attempt;
  }
}

/**
 * What a well-behaved client does after a 503: resend every item of every attempt that was not stored,
 * with the same channel key, once storage is back. Returns the statuses and externalId → id.
 */
export async function resubmit(baseUrl: string, attempts: Attempt[]): Promise<{ statuses: number[]; stored: Map<string, string> }> {
  const stored = new Map<string, string>();
  const statuses: number[] = [];
  for (const attempt of attempts.filter((a) => a.status !== 202 && a.status !== 200)) {
    const res = await http<Answer>(baseUrl, 'POST', '/v1/reviews:bulk', attempt.key, attempt.items);
    statuses.push(res.status);
    for (const r of res.body.results ?? []) if (r.id && r.externalId) stored.set(r.externalId, r.id);
  }
  return { statuses, stored };
}
