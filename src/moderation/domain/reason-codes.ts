/**
 * Closed, sentiment-neutral reason codes for human decisions. None of them is about the star rating or
 * the opinion expressed (FTC 16 CFR 465.7): a negative review is never a reason.
 */
export const REASON_CODES = [
  'spam', 'fake_or_not_genuine', 'incentivised_undisclosed', 'conflict_of_interest', 'off_topic',
  'personal_data', 'abuse_harassment', 'illegal_content', 'duplicate', 'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Plain wording for statements of reasons sent to authors. */
export const REASON_LABELS: Record<ReasonCode, string> = {
  spam: 'it is spam or advertising',
  fake_or_not_genuine: 'it does not appear to describe a genuine experience with the product',
  incentivised_undisclosed: 'it was written in exchange for an incentive that was not disclosed',
  conflict_of_interest: 'it was written by someone with a conflict of interest (for example the seller or a competitor)',
  off_topic: 'it is not about the product or the purchase experience',
  personal_data: 'it contains personal data',
  abuse_harassment: 'it contains abuse or harassment',
  illegal_content: 'it contains content that appears to be illegal',
  duplicate: 'it duplicates another review',
  other: 'of the reason explained below',
};
