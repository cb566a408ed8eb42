import type { ContentKind, IncentiveType } from '../reviews/review-status.js';

/** A validated intake item, review or UGC, in one shape for the write path. */
export interface IntakeItem {
  index: number;
  kind: ContentKind;
  channel?: string;
  externalId: string;
  productId?: string;
  sku?: string;
  parentId?: string;
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  mediaUrls: string[];
  reviewer: { externalId: string; displayName?: string; accountCreatedAt?: string };
  orderRef: string | null;
  invitationId: string | null;
  incentiveType: IncentiveType | null;
  recommends: boolean | null;
  npsScore: number | null;
  submittedAt: string | null;
  ip: string | null;
  deviceId: string | null;
}
