import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A committed change to what a product's storefront shows (rating figures, public reviews, replies),
 * appended by the ratings trigger and by reply writes; StorefrontChangeRelay takes the rows and
 * notifies the API processes' caches. Rows live for a poll interval.
 */
@Entity('storefront_changes')
export class StorefrontChangeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_storefront_changes' })
  public id: string;

  @Column({ type: 'uuid' })
  public productId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public changedAt: Date;
}
