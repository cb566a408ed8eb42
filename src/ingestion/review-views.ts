import type { DecisionRecordView } from '../moderation/decision-records.service.js';
import { maskDisplayName } from '../reviews/domain/mask-display-name.js';
import type { ReviewRevisionEntity } from '../reviews/review-revision.entity.js';
import type { ReviewEntity } from '../reviews/review.entity.js';

export interface PublicReviewView {
  id: string;
  kind: string;
  productId: string;
  channel: { code: string; type: string };
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  mediaUrls: string[];
  author: string;
  verification: string;
  incentivized: boolean;
  incentiveType: string | null;
  folded: boolean;
  edited: boolean;
  submittedAt: string;
}

export interface MerchantReviewView extends PublicReviewView {
  status: string;
  merchantId: string;
  receivedAt: string;
  /** 'import' for history sent through bulk import mode (consoles badge it). */
  intakeMode: string;
}

export interface FullReviewView extends MerchantReviewView {
  externalId: string;
  reviewerId: string;
  parentId: string | null;
  orderRef: string | null;
  purchaseId: string | null;
  ipHash: string | null;
  deviceHash: string | null;
  importId: string | null;
  version: number;
  revision: number;
  history: { revision: number; rating: number | null; title: string | null; body: string; mediaUrls: string[]; supersededAt: string }[];
  decisions: DecisionRecordView[];
}

export function mapPublicReview(r: ReviewEntity, authorName: string | null, channel: { code: string; type: string }): PublicReviewView {
  return {
    id: r.id, kind: r.kind, productId: r.productId, channel, rating: r.rating, title: r.title, body: r.body, language: r.language,
    mediaUrls: r.mediaUrls, author: maskDisplayName(authorName), verification: r.verification, incentivized: r.incentivized,
    incentiveType: r.incentiveType, folded: r.status === 'folded', edited: r.revision > 1, submittedAt: r.submittedAt.toISOString(),
  };
}

export function mapMerchantReview(r: ReviewEntity, authorName: string | null, channel: { code: string; type: string }): MerchantReviewView {
  return { ...mapPublicReview(r, authorName, channel), status: r.status, merchantId: r.merchantId, receivedAt: r.receivedAt.toISOString(),
    intakeMode: r.intakeMode };
}

export function mapFullReview(
  r: ReviewEntity, authorName: string | null, channel: { code: string; type: string },
  revisions: ReviewRevisionEntity[], decisions: DecisionRecordView[],
): FullReviewView {
  return {
    ...mapMerchantReview(r, authorName, channel), externalId: r.externalId, reviewerId: r.reviewerId, parentId: r.parentId,
    orderRef: r.orderRef, purchaseId: r.purchaseId, ipHash: r.ipHash, deviceHash: r.deviceHash, importId: r.importId, version: r.version, revision: r.revision,
    history: revisions.map((v) => ({ revision: v.revision, rating: v.rating, title: v.title, body: v.body, mediaUrls: v.mediaUrls, supersededAt: v.supersededAt.toISOString() })),
    decisions,
  };
}
