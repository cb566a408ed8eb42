import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';

/** Daily order (and off-platform complaint) counts supplied by channels or merchants: the complaint-rate denominator. */
@Entity('reputation_order_counts')
@Index('IDX_reputation_order_counts_updated', ['updatedAt'])
@Check('CHK_reputation_order_counts_non_negative', `"orders" >= 0 AND "complaints" >= 0`)
export class ReputationOrderCountEntity {
  @PrimaryColumn({ type: 'date' })
  public day: string;

  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  public productId: string;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  public channelId: string;

  /** Denormalised from the product, so merchant scoping needs no join. */
  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  @Column({ type: 'integer' })
  public orders: number;

  @Column({ type: 'integer', default: 0 })
  public complaints: number;

  @Column({ type: 'timestamptz' })
  public updatedAt: Date;
}
