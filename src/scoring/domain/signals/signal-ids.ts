/**
 * Closed list of signal ids. The rules file must configure each of them, and
 * the validator uses the derived-from lists below to enforce the laws.
 */
export const SIGNAL_IDS = [
  'exact_duplicate',
  'near_duplicate',
  'same_author_copy',
  'filler_repetition',
  'rating_deviation',
  'rating_extremity',
  'reviewer_polarity_skew',
  'product_burst',
  'reviewer_max_per_day',
  'reviewer_burstiness',
  'early_window',
  'backdated',
  'one_review_account',
  'product_new_accounts',
  'account_age',
  'unverified_purchase',
  'verified_purchase',
  'ip_cluster',
  'device_cluster',
  'co_review_group',
  'ip_new_accounts',
  'first_person_ratio',
  'low_specificity',
  'shouting',
  'incentive_undisclosed',
  'sentiment_rating_mismatch',
  'generated_text',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/**
 * Signals computed from the star rating (FTC 16 CFR 465.7): like sentiment, they may order the
 * queue (priority) but never decide publication, so a review's verdict cannot change when only
 * its stars change. The rule-set validator refuses `affects: score` for any of them.
 */
export const RATING_DERIVED_SIGNALS: readonly SignalId[] = [
  'rating_deviation',
  'rating_extremity',
  'reviewer_polarity_skew',
  'sentiment_rating_mismatch',
];

/** Signals computed from sentiment: may route and alert (priority) only, never the verdict. */
export const SENTIMENT_DERIVED_SIGNALS: readonly SignalId[] = ['sentiment_rating_mismatch'];

export function isSignalId(value: string): value is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(value);
}
