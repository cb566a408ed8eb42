import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * A merchant's report on a review of its product. A flag never changes visibility
 * (that would let merchants suppress reviews); it emits a `review.flagged` outbox
 * event for moderation to pick up. One open flag per (review, reason).
 */
@Entity('review_flags')
@Index('UQ_review_flags_open_per_reason', ['reviewId', 'reasonCode'], { unique: true, where: `"state" = 'open'` })
@Index('IDX_review_flags_merchant_created', ['merchantId', 'createdAt'])
@Check('CHK_review_flags_state', `"state" IN ('open','resolved')`)
export class ReviewFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  @Column({ type: 'text' })
  public reasonCode: string;

  @Column({ type: 'text', nullable: true })
  public note: string | null;

  @Column({ type: 'text' })
  public state: 'open' | 'resolved';

  @Column({ type: 'text' })
  public createdByKeyId: string;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;
}
