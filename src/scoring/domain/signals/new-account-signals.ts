/**
 * New-account family: where fresh accounts pile up. One new account is any new
 * customer; many on one product within hours (a paid burst) or on one IP over
 * weeks (a sockpuppet operator) are not. Accounts without a creation time from
 * the channel never count as new (a bulk import's first-seen reviewers are not
 * new accounts).
 */
import { percentileOf } from '../combine/percentile-table.js';
import { param, round, type RawSignal, type SignalInput } from './signal.types.js';

const DAY_MS = 86_400_000;
/** Floor of the platform share, so a platform with almost no new accounts cannot blow every ratio up. */
const MIN_PLATFORM_SHARE = 0.01;

/** Whether the author's account was under `maxAgeDays` old at this item (the loader's `account_created_at > submitted_at - maxAge`). */
export function isNewAccount(input: SignalInput, maxAgeDays: number): boolean {
  const created = input.context.reviewer.accountCreatedAt;
  return created != null && input.item.submittedAt.getTime() - created.getTime() < maxAgeDays * DAY_MS;
}

/**
 * Share of items written by accounts under `maxAgeDays` old, platform-wide,
 * read off the account_age percentile table (the measured distribution of
 * account ages at review time); `fallback` until the table is large enough.
 */
export function platformNewAccountShare(input: SignalInput, maxAgeDays: number, fallback: number): number {
  const table = input.context.featurePercentiles.account_age;
  const measured = table && table.count >= input.rules.thresholds.minPercentileSamples ? percentileOf(table, maxAgeDays) : null;
  return Math.max(MIN_PLATFORM_SHARE, measured ?? fallback);
}

/**
 * Share of the product's reviews in the last `windowHours` (this one included)
 * written by new accounts, as a multiple of the platform's share. Shrunk
 * towards the platform share by `priorReviews` pseudo-reviews, and only with
 * at least `minNewAccounts` new accounts, so a quiet product's new customer is
 * not a pile-up. Value 1 is the platform's normal mix; a launch where everyone
 * is new has a platform share near 1, so nothing stands out. Not for established
 * customers (old accounts with reviews from before the window).
 */
export function productNewAccountsSignal(input: SignalInput): RawSignal | null {
  const { windowHours, maxAgeDays, reviews, fromNewAccounts } = input.context.product.newAccounts;
  const known = input.context.reviewer.accountCreatedAt != null;
  // A pile-up of fresh accounts says nothing about an established customer (an account known to be
  // old, with reviews from before the window): a regular reviewing a product under attack is not part
  // of it. Bought aged accounts usually arrive without such history, so they still count.
  const firstSeen = input.context.reviewer.firstSeenAt;
  const windowStart = input.item.submittedAt.getTime() - windowHours * 3_600_000;
  if (known && !isNewAccount(input, maxAgeDays) && firstSeen !== null && firstSeen.getTime() < windowStart) return null;
  const fresh = fromNewAccounts + (isNewAccount(input, maxAgeDays) ? 1 : 0);
  if (fresh < param(input, 'product_new_accounts', 'minNewAccounts', 3)) return null;
  const total = reviews + (known ? 1 : 0);
  const platform = platformNewAccountShare(input, maxAgeDays, param(input, 'product_new_accounts', 'platformShare', 0.05));
  const prior = param(input, 'product_new_accounts', 'priorReviews', 4);
  const share = (fresh + prior * platform) / (total + prior);
  const lift = share / platform;
  return {
    id: 'product_new_accounts',
    value: round(lift, 2),
    reason: `${fresh} of the ${total} reviews of this product in ${windowHours}h (this one included) came from accounts under ${maxAgeDays} days old: ${round(share * 100, 0)}% after shrinkage, ${round(lift, 1)}× the platform's ${round(platform * 100, 1)}%`,
  };
}

/**
 * New accounts (this one included) that posted from this IP in the last
 * `windowDays`; only for a new account's item. Households and carrier NAT
 * share IPs, but rarely with several brand-new accounts within weeks.
 */
export function ipNewAccountsSignal(input: SignalInput): RawSignal | null {
  const { windowDays, maxAgeDays, others } = input.context.network.newAccountsOnIp;
  if (!input.item.ipHash || !isNewAccount(input, maxAgeDays)) return null;
  const value = others + 1;
  return {
    id: 'ip_new_accounts',
    value,
    reason: `${value} account(s) under ${maxAgeDays} days old (this one included) posted from this IP in ${windowDays} days`,
  };
}
