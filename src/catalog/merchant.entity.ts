import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('merchants')
export class MerchantEntity {
  @PrimaryGeneratedColumn('uuid')
  public id: string;

  @Index('UQ_merchants_slug', { unique: true })
  @Column({ type: 'text' })
  public slug: string;

  @Column({ type: 'text' })
  public name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
