import type { ReviewIdentity } from './domain/review-identity.js';
import type { ContentKind, IncentiveType, IntakeMode, VerificationMethod } from './review-status.js';

/** A fully resolved review ready to insert (ids looked up, verification decided server-side). */
export interface NewReviewRow {
  kind: ContentKind;
  channelId: string;
  externalId: string;
  productId: string;
  merchantId: string;
  reviewerId: string;
  parentId: string | null;
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  mediaUrls: string[];
  orderRef: string | null;
  purchaseId: string | null;
  verification: VerificationMethod;
  incentivized: boolean;
  incentiveType: IncentiveType | null;
  /** Explicit recommendation and 0–10 answers; recorded on first intake (a resend does not change them). */
  recommends: boolean | null;
  npsScore: number | null;
  contentHash: string;
  ipHash: string | null;
  deviceHash: string | null;
  submittedAt: Date;
  /** 'import' with its importId for history sent through bulk import mode; 'live' and null otherwise. */
  intakeMode: IntakeMode;
  importId: string | null;
}

/** Map key for a (channel, external id) pair: the repository's result maps and the intake service must agree. */
export const channelItemKey = (channelId: string, externalId: string): string => `${channelId}\u0001${externalId}`;

export interface ReviewerUpsert {
  channelId: string;
  externalId: string;
  displayName: string | null;
  accountCreatedAt: Date | null;
}

export interface ExistingReviewKey {
  id: string;
  channelId: string;
  externalId: string;
  contentHash: string;
  status: string;
  revision: number;
  identity: ReviewIdentity;
}
