import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ChannelEntity } from './channel.entity.js';
import { ProductEntity } from './product.entity.js';

/** Maps a channel's own SKU to the canonical product, so every channel shows the same figures. */
@Entity('channel_listings')
@Index('UQ_channel_listings_channel_sku', ['channelId', 'externalSku'], { unique: true })
export class ChannelListingEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => ChannelEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public channelId: string;

  @Column({ type: 'text' })
  public externalSku: string;

  @Index('IDX_channel_listings_product')
  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public productId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
