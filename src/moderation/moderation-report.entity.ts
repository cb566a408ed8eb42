import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ApiKeyEntity } from '../common/auth/api-key.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { DecisionRecordEntity } from './decision-record.entity.js';

/** A notice that a published review may break the rules (DSA art. 16), from a shopper via a storefront or a merchant. */
@Entity('moderation_reports')
// One open report per reporter and review: repeats are answered with the existing report, not counted twice.
@Index('UQ_moderation_reports_open_per_reporter', ['reviewId', 'reporterRef'], { unique: true, where: `"state" = 'open'` })
@Index('IDX_moderation_reports_reporter', ['reporterRef', 'state'])
@Index('IDX_moderation_reports_review', ['reviewId', 'state'])
@Check('CHK_moderation_reports_state', `"state" IN ('open','upheld','rejected')`)
@Check('CHK_moderation_reports_reason', `"reason_code" IN ('spam','fake_or_not_genuine','incentivised_undisclosed','conflict_of_interest','off_topic','personal_data','abuse_harassment','illegal_content','duplicate','other')`)
@Check('CHK_moderation_reports_resolved', `("state" = 'open') = ("resolved_at" IS NULL)`)
export class ModerationReportEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  /** Whose accuracy this counts toward: `merchant:<id>`, or `key:<api key id>[:<shopper ref>]`. */
  @Column({ type: 'text' })
  public reporterRef: string;

  @Column({ type: 'text' })
  public reporterRole: string;

  @ForeignKey(() => ApiKeyEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reporterKeyId: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public reporterMerchantId: string | null;

  @Column({ type: 'text' })
  public reasonCode: string;

  @Column({ type: 'text', nullable: true })
  public note: string | null;

  /** The reporter's accuracy when the report was made (0..1). */
  @Column({ type: 'double precision' })
  public weight: number;

  @Column({ type: 'text' })
  public state: 'open' | 'upheld' | 'rejected';

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public resolvedAt: Date | null;

  @ForeignKey(() => DecisionRecordEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public resolutionDecisionId: string | null;
}
