import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ModerationReportEntity } from '../moderation/moderation-report.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * A merchant's flag on a review of its product. A flag never changes visibility (that would let merchants
 * suppress reviews): it files a moderation report (ModerationReportsService), which opens or weighs on the
 * review's moderation item like any report. The report's state is the flag's outcome, so the flag keeps none.
 * Idempotent per (merchant, review) while open: one open report per reporter and review, one flag per report.
 */
@Entity('review_flags')
@Index('UQ_review_flags_report', ['reportId'], { unique: true })
@Index('IDX_review_flags_merchant_created', ['merchantId', 'createdAt'])
@Index('IDX_review_flags_review', ['reviewId', 'createdAt'])
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

  /** The moderation report this flag filed; null only for flags from before flags reached moderation. */
  @ForeignKey(() => ModerationReportEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public reportId: string | null;

  @Column({ type: 'text' })
  public createdByKeyId: string;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;
}
