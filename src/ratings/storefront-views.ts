import { maskDisplayName } from '../reviews/domain/mask-display-name.js';
import { publicFoldReason, type PublicFoldReason } from './domain/public-fold-reason.js';
import type { PublicReviewRow } from './ratings.repository.js';

/** A published review as storefronts show it: masked author, labels, the merchant's public reply. No reviewer identifiers. */
export interface StorefrontReviewView {
  id: string;
  rating: number | null;
  title: string | null;
  body: string;
  language: string | null;
  mediaUrls: string[];
  author: string;
  channel: { code: string; type: string };
  verification: string;
  labels: { verifiedPurchase: boolean; invited: boolean; incentivized: boolean; incentiveType: string | null };
  folded: boolean;
  /** Why it is folded, in public words; null when it is not folded. */
  foldReason: PublicFoldReason | null;
  helpfulVotes: number;
  edited: boolean;
  submittedAt: string;
  merchantResponse: { body: string; edited: boolean; publishedAt: string } | null;
}

export type StorefrontReplyView = StorefrontReviewView['merchantResponse'];

/** The merchant's public reply as storefronts show it (also the public snapshot on response events). */
export const mapStorefrontReply = (body: string | null, publications: number | null, publishedAt: Date | null): StorefrontReplyView =>
  (body === null || publishedAt === null ? null : { body, edited: (publications ?? 0) > 1, publishedAt: publishedAt.toISOString() });

export function mapStorefrontReview(r: PublicReviewRow): StorefrontReviewView {
  return {
    id: r.id, rating: r.rating, title: r.title, body: r.body, language: r.language, mediaUrls: r.media_urls, author: maskDisplayName(r.display_name),
    channel: { code: r.channel_code, type: r.channel_type }, verification: r.verification,
    labels: { verifiedPurchase: r.verification === 'order_match', invited: r.verification === 'invitation', incentivized: r.incentivized, incentiveType: r.incentive_type },
    folded: r.status === 'folded', foldReason: r.status === 'folded' ? publicFoldReason(r.fold_reason_code) : null, helpfulVotes: r.helpful_votes,
    edited: r.revision > 1, submittedAt: r.submitted_at.toISOString(),
    merchantResponse: mapStorefrontReply(r.reply_body, r.reply_publications, r.reply_published_at),
  };
}
