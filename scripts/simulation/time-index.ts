/** Small time-ordered indexes behind the simulation's in-memory context builder. */
import { lowerBound, upperBound } from '../../src/scoring/domain/combine/percentile-table.js';
import { DAY_MS } from './simulation.types.js';

/** Time-ordered entries with a moving head: lookups only ever scan the current window. */
export class Window {
  private entries: { reviewerId: string; at: number }[] = [];
  private head = 0;

  public push(reviewerId: string, at: number): void {
    this.entries.push({ reviewerId, at });
  }

  /** Reviewers at or after `since` (the loader's `submitted_at >= $8`). */
  public reviewersSince(since: number): Set<string> {
    while (this.head < this.entries.length && this.entries[this.head].at < since) this.head++;
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    const out = new Set<string>();
    for (let i = this.head; i < this.entries.length; i++) out.add(this.entries[i].reviewerId);
    return out;
  }
}

/** The loader's `account_created_at > submitted_at - maxAgeDays`. */
export function isNew(accountCreatedAt: Date | null, t: number, maxAgeDays: number): boolean {
  return accountCreatedAt !== null && accountCreatedAt.getTime() > t - maxAgeDays * DAY_MS;
}

/** Entries at or after `from` in an ascending list (the loader's `submitted_at >= $n`). */
export function countFrom(times: readonly number[], from: number): number {
  return times.length - lowerBound(times, from);
}

/** Entries strictly after `since` in an ascending list. */
export function countSince(times: readonly number[], since: number): number {
  return times.length - upperBound(times, since);
}

export function windowFor(map: Map<string, Window>, key: string): Window {
  let window = map.get(key);
  if (!window) map.set(key, (window = new Window()));
  return window;
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
