import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';

/**
 * The external event log: what webhooks deliver and `GET /v1/events` pages through.
 * Derived by the relay from outbox rows (src/publishing/domain/external-events.ts);
 * `eventId` is a deterministic uuid of (outbox id, type), so consumers can dedupe.
 * Audience columns say who may see a row: the merchant, the channel (author notices), storefronts (isPublic).
 */
@Entity('published_events')
@Index('UQ_published_events_event_id', ['eventId'], { unique: true })
@Index('IDX_published_events_merchant', ['merchantId', 'id'], { where: `"merchant_id" IS NOT NULL` })
@Index('IDX_published_events_channel', ['channelId', 'id'], { where: `"channel_id" IS NOT NULL` })
@Index('IDX_published_events_public', ['id'], { where: `"is_public"` })
@Check('CHK_published_events_snapshots', `jsonb_typeof("snapshots") = 'object'`)
@Check('CHK_published_events_audience', `"is_public" OR "merchant_id" IS NOT NULL OR "channel_id" IS NOT NULL`)
export class PublishedEventEntity {
  /** Feed cursor. Assigned under a transaction-level advisory lock, so ids become visible in order (see EventLogRepository). */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  public id: string;

  @Column({ type: 'uuid' })
  public eventId: string;

  @Column({ type: 'text' })
  public type: string;

  @Column({ type: 'bigint' })
  public sourceOutboxId: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public merchantId: string | null;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid', nullable: true })
  public channelId: string | null;

  @Column({ type: 'boolean' })
  public isPublic: boolean;

  @Column({ type: 'jsonb' })
  public data: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  public occurredAt: Date;

  /** EventSnapshots: the resource as each audience may see it at publish time (see domain/event-snapshot.ts). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  public snapshots: Record<string, unknown>;
}
