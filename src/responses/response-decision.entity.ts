import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantResponseEntity } from './merchant-response.entity.js';

/**
 * Statement of reasons for a moderator's decision on a held reply. Append-only
 * (trigger in the migration); kept apart from review decision_records so a
 * review's own decision history is not mixed with its replies'.
 */
@Entity('response_decisions')
@Index('IDX_response_decisions_response_created', ['responseId', 'createdAt'])
@Check('CHK_response_decisions_decision', `"decision" IN ('approve','reject')`)
export class ResponseDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => MerchantResponseEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public responseId: string;

  @Column({ type: 'integer' })
  public version: number;

  @Column({ type: 'text' })
  public decision: 'approve' | 'reject';

  @Column({ type: 'text', nullable: true })
  public reasonCode: string | null;

  @Column({ type: 'text', nullable: true })
  public note: string | null;

  /** The screening findings the moderator ruled on. */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  public screening: { code: string; detail: string }[];

  @Column({ type: 'text' })
  public actorType: string;

  @Column({ type: 'text' })
  public actorId: string;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;
}
