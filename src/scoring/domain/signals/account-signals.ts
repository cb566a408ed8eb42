/** Account family: history depth, age, verification, shared IP/device, co-reviewing. */
import { round, type RawSignal, type SignalInput } from './signal.types.js';

const DAY_MS = 86_400_000;

export function oneReviewAccountSignal(input: SignalInput): RawSignal {
  const first = input.context.reviewer.reviewCount === 0;
  return {
    id: 'one_review_account',
    value: first ? 1 : 0,
    reason: first ? 'first item ever from this account' : `account has ${input.context.reviewer.reviewCount} earlier item(s)`,
  };
}

/**
 * Days from account creation to this item, only when the channel reports when the
 * account was created. Falling back to "first seen" would re-count what
 * one_review_account already says and hold every first-time honest reviewer.
 */
export function accountAgeSignal(input: SignalInput): RawSignal | null {
  const { accountCreatedAt } = input.context.reviewer;
  if (!accountCreatedAt) return null;
  const days = Math.max(0, (input.item.submittedAt.getTime() - accountCreatedAt.getTime()) / DAY_MS);
  return { id: 'account_age', value: round(days, 2), reason: `account created ${round(days, 1)} day(s) before this item` };
}

/** Absence of a verified purchase raises suspicion… */
export function unverifiedPurchaseSignal(input: SignalInput): RawSignal {
  const none = input.item.verification === 'none';
  return {
    id: 'unverified_purchase',
    value: none ? 1 : 0,
    reason: none ? 'no verified purchase or invitation' : `verified by ${input.item.verification}`,
  };
}

/** …and its presence lowers it (an `effect: lower` rule). Invitations count half. */
export function verifiedPurchaseSignal(input: SignalInput): RawSignal {
  const { verification } = input.item;
  const value = verification === 'order_match' ? 1 : verification === 'invitation' ? 0.5 : 0;
  return { id: 'verified_purchase', value, reason: `verification: ${verification}` };
}

export function ipClusterSignal(input: SignalInput): RawSignal {
  const { reviewersSharingIp, windowHours } = input.context.network;
  return {
    id: 'ip_cluster',
    value: reviewersSharingIp,
    reason: `${reviewersSharingIp} reviewer(s) used this IP in ${windowHours}h`,
  };
}

export function deviceClusterSignal(input: SignalInput): RawSignal {
  const { reviewersSharingDevice, windowHours, deviceWindowHours } = input.context.network;
  const window = deviceWindowHours === undefined ? `${windowHours}h` : deviceWindowHours % 24 === 0 ? `${deviceWindowHours / 24} days` : `${deviceWindowHours}h`;
  return {
    id: 'device_cluster',
    value: reviewersSharingDevice,
    reason: `${reviewersSharingDevice} reviewer(s) used this device in ${window}`,
  };
}

export function coReviewGroupSignal(input: SignalInput): RawSignal {
  const { coReviewGroupSize, windowHours } = input.context.network;
  return {
    id: 'co_review_group',
    value: coReviewGroupSize,
    reason: `${coReviewGroupSize} other reviewer(s) reviewed the same products in ${windowHours}h`,
  };
}
