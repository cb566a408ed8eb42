/**
 * What a storefront may say about why a review is folded: public text per decision reason
 * code. Only the code crosses into the storefront; the moderator's free-text note and the
 * facts stay in the decision record. Neutral wording: the reader sees the review anyway.
 */
export interface PublicFoldReason {
  code: string;
  text: string;
}

const TEXT: Readonly<Record<string, string>> = {
  spam: 'Folded: it looks like spam or advertising.',
  fake_or_not_genuine: 'Folded: it may not describe a genuine experience with the product.',
  incentivised_undisclosed: 'Folded: it was written for an incentive that was not disclosed.',
  conflict_of_interest: 'Folded: the author may have a conflict of interest.',
  off_topic: 'Folded: it is not about the product or the purchase.',
  personal_data: 'Folded: it contained personal data.',
  abuse_harassment: 'Folded: it contains abusive language.',
  illegal_content: 'Folded: it may contain unlawful content.',
  duplicate: 'Folded: it repeats another review.',
};

/** Codes without their own text ('other', codes added later, no code) get a general one. */
const GENERAL = 'Folded by a moderator under the review policy.';

export function publicFoldReason(reasonCode: string | null): PublicFoldReason {
  const text = reasonCode === null ? undefined : TEXT[reasonCode];
  return text === undefined ? { code: 'policy', text: GENERAL } : { code: reasonCode as string, text };
}
