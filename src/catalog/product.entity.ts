import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MerchantEntity } from './merchant.entity.js';

@Entity('products')
@Index('UQ_products_merchant_sku', ['merchantId', 'sku'], { unique: true })
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @ForeignKey(() => MerchantEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public merchantId: string;

  /** The merchant's canonical SKU; channel SKUs map to it through channel listings. */
  @Column({ type: 'text' })
  public sku: string;

  @Column({ type: 'text' })
  public name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
