/**
 * Who wrote a review, about what, when and for which order: fixed at intake. A resend under the same
 * (channel, externalId) may change the text, never these (issue 16: a resend moved a review, with the first
 * merchant's reply, to another merchant). The merchant follows from the product.
 */
export interface ReviewIdentity {
  kind: string;
  productId: string;
  parentId: string | null;
  reviewer: { externalId: string };
  orderRef: string | null;
  submittedAt: string;
}

/** A resend's identity; `submittedAt: null` when the resend does not state it (then it defaulted to receipt time). */
export type IncomingIdentity = Omit<ReviewIdentity, 'submittedAt'> & { submittedAt: string | null };

export interface IdentityConflict {
  fields: string[];
  stored: ReviewIdentity;
}

/** The identity fields a resend would change, or null when it changes none of them. */
export function identityConflict(stored: ReviewIdentity, incoming: IncomingIdentity): IdentityConflict | null {
  const fields: string[] = [];
  if (incoming.kind !== stored.kind) fields.push('kind');
  if (incoming.productId !== stored.productId) fields.push('productId');
  if (incoming.parentId !== stored.parentId) fields.push('parentId');
  if (incoming.reviewer.externalId !== stored.reviewer.externalId) fields.push('reviewer');
  if (incoming.orderRef !== stored.orderRef) fields.push('orderRef');
  if (incoming.submittedAt !== null && Date.parse(incoming.submittedAt) !== Date.parse(stored.submittedAt)) fields.push('submittedAt');
  return fields.length > 0 ? { fields, stored } : null;
}
