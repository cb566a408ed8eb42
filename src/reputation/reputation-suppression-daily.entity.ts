import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { MerchantEntity } from '../catalog/merchant.entity.js';

/**
 * Moderation outcomes of one merchant's reviews received on one day, cross-tabulated
 * by star rating and sentiment: the evidence base of the suppression audit.
 */
@Entity('reputation_suppression_daily')
@Index('IDX_reputation_suppression_daily_day', ['day'])
@Check('CHK_reputation_suppression_daily_rating', `"rating" BETWEEN 1 AND 5`)
@Check('CHK_reputation_suppression_daily_sentiment', `"sentiment" IN ('positive','neutral','negative','mixed','unscored')`)
export class ReputationSuppressionDailyEntity {
  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  public merchantId: string;

  @PrimaryColumn({ type: 'date' })
  public day: string;

  @PrimaryColumn({ type: 'smallint' })
  public rating: number;

  @PrimaryColumn({ type: 'text' })
  public sentiment: string;

  @Column({ type: 'integer' })
  public receivedCount: number;

  /** Ever held for moderation (a decision record into `held`). */
  @Column({ type: 'integer' })
  public heldCount: number;

  /** Currently withheld or removed. */
  @Column({ type: 'integer' })
  public rejectedCount: number;

  @Column({ type: 'integer' })
  public foldedCount: number;

  /** Ever made public. */
  @Column({ type: 'integer' })
  public publishedCount: number;

  /** Receipt → first publication, bucketed by LATENCY_BOUNDS_SECONDS. */
  @Column({ type: 'integer', array: true })
  public timeToPublishHist: number[];

  @Column({ type: 'timestamptz' })
  public computedAt: Date;
}
