/**
 * Effective queue priority: what a moderator should look at next.
 *
 *   effective(now) = priority + FAKE_WEIGHT·fakeScore + exposure(publishedCount) + WAIT_PER_HOUR·ageHours
 *
 * The waiting term is deliberately linear and uncapped: old items keep rising until someone takes
 * them, and linearity lets the database sort without knowing `now` — for every item,
 * effective(now) = rankKey + WAIT_PER_HOUR·hours(now), and the second term is the same for all items,
 * so ordering by the stored `rankKey` is ordering by effective priority at any instant.
 * The SQL function `moderation_queue_rank` in the ModerationDesk migration is this formula; an e2e
 * test compares the two.
 */
export const FAKE_WEIGHT = 20;
export const WAIT_PER_HOUR = 2;
export const EXPOSURE_PER_DOUBLING = 5;
export const EXPOSURE_CAP = 20;

export interface RankInput {
  /** 0..100 from scoring, raised by reports. */
  priority: number;
  /** 0..1 from scoring. */
  fakeScore: number;
  /** Published reviews of the product when the item was queued: a wrong verdict there is seen by more shoppers. */
  productExposure: number;
  createdAt: Date;
}

const HOUR_MS = 3_600_000;

/** Diminishing returns: the 1st published review adds as much as going from 15 to 31. */
export function exposureBoost(publishedCount: number): number {
  const n = Math.max(0, publishedCount);
  return Math.min(EXPOSURE_CAP, EXPOSURE_PER_DOUBLING * Math.log2(1 + n));
}

/** The time-independent sort key stored on the row (higher = sooner). */
export function queueRankKey(input: RankInput): number {
  return input.priority + FAKE_WEIGHT * input.fakeScore + exposureBoost(input.productExposure) - WAIT_PER_HOUR * (input.createdAt.getTime() / HOUR_MS);
}

/** The value shown to moderators. */
export function effectivePriority(input: RankInput, now: Date): number {
  return queueRankKey(input) + WAIT_PER_HOUR * (now.getTime() / HOUR_MS);
}

/** Same as effectivePriority, from a stored rank key. */
export function effectiveFromRankKey(rankKey: number, now: Date): number {
  return rankKey + WAIT_PER_HOUR * (now.getTime() / HOUR_MS);
}
