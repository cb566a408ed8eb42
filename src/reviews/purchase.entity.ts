import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { ReviewerEntity } from './reviewer.entity.js';

/** Orders reported by channels; a review whose order ref matches one is `order_match` verified. */
@Entity('purchases')
@Index('UQ_purchases_channel_order_product', ['channelId', 'orderRef', 'productId'], { unique: true })
export class PurchaseEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public channelId: string;

  @Column({ type: 'text' })
  public orderRef: string;

  @ForeignKey(() => ReviewerEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewerId: string;

  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public productId: string;

  @Column({ type: 'timestamptz' })
  public purchasedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
