import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';

/**
 * One explicit complaint a channel reported (customer-service ticket, platform dispute): the numerator of
 * complaint rate = complaints ÷ orders. Negative reviews are not complaints; they have their own rate.
 * Idempotent per (channel, externalId); counted on the UTC day it occurred.
 */
@Entity('reputation_complaints')
@Index('UQ_reputation_complaints_channel_external', ['channelId', 'externalId'], { unique: true })
@Index('IDX_reputation_complaints_occurred', ['occurredAt'])
@Index('IDX_reputation_complaints_received', ['receivedAt'])
export class ReputationComplaintEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public channelId: string;

  @Column({ type: 'text' })
  public externalId: string;

  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public productId: string;

  /** Denormalised from the product, so merchant scoping needs no join. */
  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  @Column({ type: 'text', nullable: true })
  public category: string | null;

  @Column({ type: 'text', nullable: true })
  public orderRef: string | null;

  @Column({ type: 'timestamptz' })
  public occurredAt: Date;

  @Column({ type: 'timestamptz' })
  public receivedAt: Date;
}
