import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ProductEntity } from '../catalog/product.entity.js';

/**
 * Running totals over a product's public (published + folded) rated reviews,
 * maintained by the `TRG_reviews_rating_aggregate_*` triggers in the same
 * transaction as any status/rating change, whoever the writer is.
 * Recency: Σ 2^((t − 2020-01-01)/halfLife) weights; the read side divides the two
 * sums, so the "now" factor cancels and the row needs no periodic decay.
 */
@Entity('product_rating_aggregates')
export class ProductRatingAggregateEntity {
  @ForeignKey(() => ProductEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  public productId: string;

  @Column({ type: 'integer', default: 0 })
  public ratingCount: number;

  @Column({ type: 'bigint', default: 0 })
  public ratingSum: string;

  @Column({ type: 'integer', default: 0 })
  public count1: number;

  @Column({ type: 'integer', default: 0 })
  public count2: number;

  @Column({ type: 'integer', default: 0 })
  public count3: number;

  @Column({ type: 'integer', default: 0 })
  public count4: number;

  @Column({ type: 'integer', default: 0 })
  public count5: number;

  @Column({ type: 'integer', default: 0 })
  public verifiedCount: number;

  @Column({ type: 'bigint', default: 0 })
  public verifiedSum: string;

  @Column({ type: 'integer', default: 0 })
  public incentivizedCount: number;

  @Column({ type: 'double precision', default: 0 })
  public recencyWeight: number;

  @Column({ type: 'double precision', default: 0 })
  public recencyWeightedSum: number;

  /** Bumped by every change: the ETag and the in-process cache key. */
  @Column({ type: 'bigint', default: 0 })
  public version: string;

  @Column({ type: 'timestamptz' })
  public updatedAt: Date;
}
