import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: written in the same transaction as the state change,
 * relayed to the queue afterwards, so a committed change is never without its event.
 */
@Entity('outbox_events')
@Index('IDX_outbox_events_undispatched', ['id'], { where: `"dispatched_at" IS NULL` })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  public id: string;

  @Column({ type: 'text' })
  public topic: string;

  @Column({ type: 'text' })
  public aggregateType: string;

  @Column({ type: 'uuid' })
  public aggregateId: string;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  public payload: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  public dispatchedAt: Date | null;
}
