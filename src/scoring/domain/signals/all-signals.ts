/** The signal registry, in display order. Adding a signal = a function here + a rule entry. */
import {
  accountAgeSignal,
  coReviewGroupSignal,
  deviceClusterSignal,
  ipClusterSignal,
  oneReviewAccountSignal,
  unverifiedPurchaseSignal,
  verifiedPurchaseSignal,
} from './account-signals.js';
import { backdatedSignal } from './backdated-signal.js';
import { exactDuplicateSignal, nearDuplicateSignal, sameAuthorCopySignal } from './duplication-signals.js';
import { ipNewAccountsSignal, productNewAccountsSignal } from './new-account-signals.js';
import { incentiveUndisclosedSignal } from './incentive-language.js';
import { generatedTextSignal, sentimentRatingMismatchSignal } from './model-signals.js';
import { ratingDeviationSignal, ratingExtremitySignal, reviewerPolaritySkewSignal } from './rating-signals.js';
import type { SignalId } from './signal-ids.js';
import type { RawSignal, SignalFn, SignalInput } from './signal.types.js';
import { fillerRepetitionSignal, firstPersonRatioSignal, lowSpecificitySignal, shoutingSignal } from './text-signals.js';
import { earlyWindowSignal, productBurstSignal, reviewerBurstinessSignal, reviewerMaxPerDaySignal } from './time-signals.js';

export const SIGNALS: Record<SignalId, SignalFn> = {
  exact_duplicate: exactDuplicateSignal,
  near_duplicate: nearDuplicateSignal,
  same_author_copy: sameAuthorCopySignal,
  filler_repetition: fillerRepetitionSignal,
  rating_deviation: ratingDeviationSignal,
  rating_extremity: ratingExtremitySignal,
  reviewer_polarity_skew: reviewerPolaritySkewSignal,
  product_burst: productBurstSignal,
  reviewer_max_per_day: reviewerMaxPerDaySignal,
  reviewer_burstiness: reviewerBurstinessSignal,
  early_window: earlyWindowSignal,
  backdated: backdatedSignal,
  one_review_account: oneReviewAccountSignal,
  product_new_accounts: productNewAccountsSignal,
  account_age: accountAgeSignal,
  unverified_purchase: unverifiedPurchaseSignal,
  verified_purchase: verifiedPurchaseSignal,
  ip_cluster: ipClusterSignal,
  device_cluster: deviceClusterSignal,
  co_review_group: coReviewGroupSignal,
  ip_new_accounts: ipNewAccountsSignal,
  first_person_ratio: firstPersonRatioSignal,
  low_specificity: lowSpecificitySignal,
  shouting: shoutingSignal,
  incentive_undisclosed: incentiveUndisclosedSignal,
  sentiment_rating_mismatch: sentimentRatingMismatchSignal,
  generated_text: generatedTextSignal,
};

/** Runs every signal; those that do not apply are skipped. */
export function computeSignals(input: SignalInput): RawSignal[] {
  const out: RawSignal[] = [];
  for (const fn of Object.values(SIGNALS)) {
    const signal = fn(input);
    if (signal !== null) out.push(signal);
  }
  return out;
}
