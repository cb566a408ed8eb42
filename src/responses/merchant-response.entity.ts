import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * A merchant's reply to a review. Public replies: at most one per review (partial
 * unique index); edits add versions and the public text is `publishedVersion`'s,
 * so a held edit leaves the last approved text visible. Private replies go to
 * the author as a `notice.author` event and are never shown publicly.
 */
@Entity('merchant_responses')
@Index('UQ_merchant_responses_public_per_review', ['reviewId'], { unique: true, where: `"visibility" = 'public'` })
@Index('IDX_merchant_responses_review', ['reviewId'])
@Index('IDX_merchant_responses_state', ['state', 'updatedAt'])
@Check('CHK_merchant_responses_visibility', `"visibility" IN ('public','private')`)
@Check('CHK_merchant_responses_state', `"state" IN ('published','held','rejected')`)
@Check('CHK_merchant_responses_published_version', `"published_version" IS NULL OR "published_version" BETWEEN 1 AND "current_version"`)
export class MerchantResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  @Column({ type: 'text' })
  public visibility: 'public' | 'private';

  /** State of the latest version: published (passed or approved), held for moderation, rejected. */
  @Column({ type: 'text' })
  public state: 'published' | 'held' | 'rejected';

  @Column({ type: 'integer' })
  public currentVersion: number;

  @Column({ type: 'integer', nullable: true })
  public publishedVersion: number | null;

  /** How many times a text went public: more than one means the public view says "edited". */
  @Column({ type: 'integer', default: 0 })
  public publications: number;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz' })
  public updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public publishedAt: Date | null;
}
