import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';
import { DecisionRecordEntity } from './decision-record.entity.js';

/** An author's complaint against one decision (DSA art. 20), handled by a different moderator. */
@Entity('moderation_appeals')
@Index('UQ_moderation_appeals_decision', ['decisionId'], { unique: true })
@Index('IDX_moderation_appeals_state_created', ['state', 'createdAt'])
@Index('IDX_moderation_appeals_review', ['reviewId'])
@Check('CHK_moderation_appeals_state', `"state" IN ('open','claimed','decided')`)
@Check('CHK_moderation_appeals_outcome', `("state" = 'decided') = ("outcome" IS NOT NULL) AND ("outcome" IS NULL OR "outcome" IN ('uphold','overturn'))`)
// The original decider can neither hold nor decide the appeal: the database refuses it even if code forgets.
@Check('CHK_moderation_appeals_independent', `"original_actor_id" IS NULL OR (("claimed_by" IS NULL OR "claimed_by" <> "original_actor_id") AND ("decided_by" IS NULL OR "decided_by" <> "original_actor_id"))`)
export class ModerationAppealEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @ForeignKey(() => DecisionRecordEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public decisionId: string;

  @Column({ type: 'text' })
  public statement: string;

  @Column({ type: 'text' })
  public state: 'open' | 'claimed' | 'decided';

  /** Principal id of whoever took the appealed decision (survives key rotation); null for automated decisions. */
  @Column({ type: 'text', nullable: true })
  public originalActorId: string | null;

  @Column({ type: 'text', nullable: true })
  public claimedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  public leaseUntil: Date | null;

  @Column({ type: 'integer', default: 1 })
  public version: number;

  @Column({ type: 'text', nullable: true })
  public outcome: 'uphold' | 'overturn' | null;

  @Column({ type: 'text', nullable: true })
  public decidedBy: string | null;

  @ForeignKey(() => DecisionRecordEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public outcomeDecisionId: string | null;

  @Column({ type: 'text', nullable: true })
  public note: string | null;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public decidedAt: Date | null;
}
