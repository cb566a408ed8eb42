import { ApiProperty } from '@nestjs/swagger';
import { maskDisplayName } from '../reviews/domain/mask-display-name.js';
import { publicFoldReason, type PublicFoldReason } from './domain/public-fold-reason.js';
import type { PublicReviewRow } from './ratings.repository.js';

/** A published review as storefronts show it: masked author, labels, the merchant's public reply. No reviewer identifiers. */
/** PublicFoldReason (pure domain type) as documented in the contract. */
export class PublicFoldReasonView implements PublicFoldReason {
  @ApiProperty({ type: 'string', description: 'The decision reason code, or `policy` for a general one', example: 'duplicate' })
  public code: string;

  @ApiProperty({ type: 'string', example: 'Folded: it repeats another review.' })
  public text: string;
}

export class StorefrontChannelView {
  @ApiProperty({ example: 'web' }) public code: string;
  @ApiProperty({ example: 'web' }) public type: string;
}

/** Disclosure labels a storefront must show next to the review (EU Omnibus, FTC 16 CFR 465). */
export class StorefrontLabelsView {
  @ApiProperty({ description: 'verification is order_match' }) public verifiedPurchase: boolean;
  @ApiProperty({ description: 'verification is invitation' }) public invited: boolean;
  @ApiProperty() public incentivized: boolean;
  @ApiProperty({ type: 'string', nullable: true }) public incentiveType: string | null;
}

export class StorefrontReplyBodyView {
  @ApiProperty() public body: string;
  @ApiProperty({ description: 'Published more than once' }) public edited: boolean;
  @ApiProperty({ format: 'date-time' }) public publishedAt: string;
}

export class StorefrontReviewView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'number', nullable: true })
  public rating: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  public title: string | null;

  @ApiProperty({ type: 'string' })
  public body: string;

  @ApiProperty({ type: 'string', nullable: true })
  public language: string | null;

  @ApiProperty({ type: 'string', isArray: true })
  public mediaUrls: string[];

  @ApiProperty({ type: 'string' })
  public author: string;

  @ApiProperty({ type: () => StorefrontChannelView })
  public channel: StorefrontChannelView;

  @ApiProperty({ type: 'string' })
  public verification: string;

  @ApiProperty({ type: () => StorefrontLabelsView })
  public labels: StorefrontLabelsView;

  @ApiProperty({ type: 'boolean' })
  public folded: boolean;

  @ApiProperty({ type: () => PublicFoldReasonView, nullable: true, description: 'Why it is folded, in public words; null when it is not folded.' })
  public foldReason: PublicFoldReason | null;

  @ApiProperty({ type: 'number' })
  public helpfulVotes: number;

  @ApiProperty({ type: 'boolean' })
  public edited: boolean;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public submittedAt: string;

  @ApiProperty({ type: () => StorefrontReplyBodyView, nullable: true, description: "The merchant's published public reply; null when there is none" })
  public merchantResponse: StorefrontReplyBodyView | null;
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
