import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { PurchaseEntity } from './purchase.entity.js';
import type { ContentKind, IncentiveType, IntakeMode, ReviewStatus, VerificationMethod } from './review-status.js';
import { ReviewerEntity } from './reviewer.entity.js';

/**
 * A review or other UGC item (question, answer, comment, photo caption): they share the pipeline.
 * Rows are never deleted; moderation changes `status` and writes a decision record.
 */
@Entity('reviews')
@Index('UQ_reviews_channel_external', ['channelId', 'externalId'], { unique: true })
@Index('IDX_reviews_product_status', ['productId', 'status'])
@Index('IDX_reviews_merchant_received', ['merchantId', 'receivedAt'])
@Index('IDX_reviews_reviewer_received', ['reviewerId', 'receivedAt'])
@Index('IDX_reviews_product_submitted', ['productId', 'submittedAt'])
@Index('IDX_reviews_reviewer_submitted', ['reviewerId', 'submittedAt'])
@Index('IDX_reviews_ip_hash_submitted', ['ipHash', 'submittedAt'], { where: `"ip_hash" IS NOT NULL` })
@Index('IDX_reviews_device_hash_submitted', ['deviceHash', 'submittedAt'], { where: `"device_hash" IS NOT NULL` })
@Index('IDX_reviews_import', ['importId', 'status'], { where: `"import_id" IS NOT NULL` })
@Check('CHK_reviews_kind', `"kind" IN ('review','question','answer','comment','photo_caption')`)
@Check('CHK_reviews_status', `"status" IN ('received','scoring','published','held','withheld','folded','hidden','removed')`)
@Check('CHK_reviews_verification', `"verification" IN ('order_match','invitation','none')`)
@Check('CHK_reviews_order_match_has_purchase', `"verification" <> 'order_match' OR "purchase_id" IS NOT NULL`)
@Check('CHK_reviews_rating_range', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
@Check('CHK_reviews_rating_required', `"kind" <> 'review' OR "rating" IS NOT NULL`)
@Check('CHK_reviews_body_length', `char_length("body") BETWEEN 1 AND 20000`)
@Check('CHK_reviews_intake_mode', `"intake_mode" IN ('live','import')`)
@Check('CHK_reviews_import_id', `("intake_mode" = 'import') = ("import_id" IS NOT NULL)`)
@Check('CHK_reviews_nps_score_range', `"nps_score" IS NULL OR "nps_score" BETWEEN 0 AND 10`)
@Check('CHK_reviews_incentive_type', `"incentivized" OR "incentive_type" IS NULL`)
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @Column({ type: 'text' })
  public kind: ContentKind;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public channelId: string;

  @Column({ type: 'text' })
  public externalId: string;

  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public productId: string;

  /** Denormalised from the product so merchant scoping is one indexed predicate. */
  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  @ForeignKey(() => ReviewerEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewerId: string;

  /** The question an answer belongs to, or the item a comment is on. */
  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public parentId: string | null;

  @Column({ type: 'smallint', nullable: true })
  public rating: number | null;

  @Column({ type: 'text', nullable: true })
  public title: string | null;

  @Column({ type: 'text' })
  public body: string;

  @Column({ type: 'text', nullable: true })
  public language: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  public mediaUrls: string[];

  @Column({ type: 'text', nullable: true })
  public orderRef: string | null;

  @ForeignKey(() => PurchaseEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public purchaseId: string | null;

  /** Set server-side only: clients cannot claim verification. */
  @Column({ type: 'text' })
  public verification: VerificationMethod;

  @Column({ type: 'boolean', default: false })
  public incentivized: boolean;

  @Column({ type: 'text', nullable: true })
  public incentiveType: IncentiveType | null;

  /** The shopper's explicit "would you recommend it?" answer, when the channel asks; text is the fallback (reputation). */
  @Column({ type: 'boolean', nullable: true })
  public recommends: boolean | null;

  /** 0–10 likelihood-to-recommend answer, when the channel asks it (the NPS input). */
  @Column({ type: 'smallint', nullable: true })
  public npsScore: number | null;

  @Column({ type: 'text' })
  public status: ReviewStatus;

  /** Optimistic concurrency for moderation; bumped on every state or content change. */
  @Column({ type: 'integer', default: 1 })
  public version: number;

  /** 1 for the original text, +1 per author edit (old texts kept in review_revisions). */
  @Column({ type: 'integer', default: 1 })
  public revision: number;

  /** Hash of the author-controlled payload: a replay with the same hash is a duplicate, not an edit. */
  @Column({ type: 'text' })
  public contentHash: string;

  /** Keyed hashes: clustering works without storing raw IP or device ids. */
  @Column({ type: 'text', nullable: true })
  public ipHash: string | null;

  @Column({ type: 'text', nullable: true })
  public deviceHash: string | null;

  /** When the author wrote it, as the channel reports; receivedAt is ours. */
  @Column({ type: 'timestamptz' })
  public submittedAt: Date;

  @Column({ type: 'timestamptz' })
  public receivedAt: Date;

  /** 'import' when sent as history through bulk import mode (consoles badge it; events say historical). */
  @Column({ type: 'text', default: 'live' })
  public intakeMode: IntakeMode;

  /** The bulk import that brought it in (progress: GET /v1/imports/:id); null for live intake. */
  @Column({ type: 'uuid', nullable: true })
  public importId: string | null;

  @Column({ type: 'timestamptz' })
  public updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public lastEditedAt: Date | null;
}
