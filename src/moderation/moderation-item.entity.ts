import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';
import { DecisionRecordEntity } from './decision-record.entity.js';

/** A held item waiting for a human; at most one open item per review. */
@Entity('moderation_items')
@Index('UQ_moderation_items_open_per_review', ['reviewId'], { unique: true, where: `"state" IN ('open','claimed')` })
@Index('IDX_moderation_items_queue', ['state', 'priority', 'createdAt'])
// Queue order and claims walk this index backwards (rank DESC, id DESC); see domain/queue-rank.ts.
@Index('IDX_moderation_items_rank', ['queueRank', 'id'], { where: `"state" IN ('open','claimed')` })
@Index('IDX_moderation_items_review_created', ['reviewId', 'createdAt'])
@Index('IDX_moderation_items_decided_at', ['decidedAt'], { where: `"decided_at" IS NOT NULL` })
@Check('CHK_moderation_items_state', `"state" IN ('open','claimed','decided')`)
@Check('CHK_moderation_items_priority', `"priority" BETWEEN 0 AND 100`)
export class ModerationItemEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @Column({ type: 'text' })
  public state: 'open' | 'claimed' | 'decided';

  @Column({ type: 'smallint' })
  public priority: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  public reasonCodes: string[];

  @Column({ type: 'double precision' })
  public fakeScore: number;

  /** Who opened it: 'scoring' (automated hold), 'report', 'appeal'. */
  @Column({ type: 'text' })
  public source: string;

  @Column({ type: 'text', nullable: true })
  public claimedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  public leaseUntil: Date | null;

  @Column({ type: 'integer', default: 1 })
  public version: number;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public decidedAt: Date | null;

  /** Set by an `escalate` decision: only senior moderators (or admins) may claim or decide it. */
  @Column({ type: 'boolean', default: false })
  public escalated: boolean;

  /** Published reviews of the product when the item was queued (filled by the rank trigger). */
  @Column({ type: 'integer', default: 0 })
  public productExposure: number;

  /** Time-independent sort key kept by the `TRG_moderation_items_rank` trigger (domain/queue-rank.ts). */
  @Column({ type: 'double precision', default: 0 })
  public queueRank: number;

  @Column({ type: 'integer', default: 0 })
  public reportCount: number;

  /** Sum of the accuracy weights of the reports that raised this item. */
  @Column({ type: 'double precision', default: 0 })
  public reportWeight: number;

  /** Distinct reason codes of the reports and merchant flags that raised this item, as the reporters gave them. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  public reportReasons: string[];

  /** Principal id of the human who closed the item. */
  @Column({ type: 'text', nullable: true })
  public decidedBy: string | null;

  @ForeignKey(() => DecisionRecordEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public decisionRecordId: string | null;
}
