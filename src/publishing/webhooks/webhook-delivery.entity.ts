import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { PublishedEventEntity } from '../published-event.entity.js';
import { WebhookEntity } from './webhook.entity.js';

/** The delivery log: one row per (webhook, event), updated by each attempt. */
@Entity('webhook_deliveries')
@Index('UQ_webhook_deliveries_webhook_event', ['webhookId', 'eventId'], { unique: true })
@Index('IDX_webhook_deliveries_webhook_created', ['webhookId', 'createdAt'])
@Index('IDX_webhook_deliveries_unsent', ['updatedAt'], { where: `"state" = 'pending' AND "attempts" = 0` })
@Index('IDX_webhook_deliveries_pending', ['webhookId'], { where: `"state" = 'pending'` })
@Check('CHK_webhook_deliveries_state', `"state" IN ('pending','succeeded','failed','cancelled')`)
export class WebhookDeliveryEntity {
  /** Deterministic (uuid of webhook id + event id): a relay replay finds the same row. */
  @PrimaryColumn({ type: 'uuid' })
  public id: string;

  @ForeignKey(() => WebhookEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public webhookId: string;

  @ForeignKey(() => PublishedEventEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'bigint' })
  public eventId: string;

  @Column({ type: 'text' })
  public state: 'pending' | 'succeeded' | 'failed' | 'cancelled';

  @Column({ type: 'integer', default: 0 })
  public attempts: number;

  @Column({ type: 'integer', default: 0 })
  public replays: number;

  @Column({ type: 'integer', nullable: true })
  public lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  public lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  public lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  public deliveredAt: Date | null;

  @Column({ type: 'timestamptz' })
  public createdAt: Date;

  /** Last state change (creation, attempt, replay): the relay's sweeper re-enqueues pending rows left untouched. */
  @Column({ type: 'timestamptz' })
  public updatedAt: Date;
}
