import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * Statement of reasons (EU DSA art. 17) for every visibility change.
 * Append-only: a trigger in the migration rejects UPDATE and DELETE.
 */
@Entity('decision_records')
@Index('IDX_decision_records_review_created', ['reviewId', 'createdAt'])
@Index('IDX_decision_records_created', ['createdAt'])
export class DecisionRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  /** e.g. publish, hold, withhold, approve, fold, hide, remove, escalate, request_edit, restore. */
  @Column({ type: 'text' })
  public action: string;

  @Column({ type: 'text', nullable: true })
  public fromStatus: string | null;

  @Column({ type: 'text' })
  public toStatus: string;

  @Column({ type: 'text', nullable: true })
  public reasonCode: string | null;

  /** The facts relied on: signals that fired, rule ids, moderator notes. */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  public facts: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  public ruleSetVersion: string | null;

  @Column({ type: 'boolean' })
  public automated: boolean;

  /** 'system' for automated decisions, else the principal id of the human (api_keys.principal_id: the same across key rotations). */
  @Column({ type: 'text' })
  public actorType: string;

  @Column({ type: 'text', nullable: true })
  public actorId: string | null;

  /** How the author can seek redress (appeal window, where). */
  @Column({ type: 'text', nullable: true })
  public redress: string | null;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;
}
