import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Empirical CDF per signal (rank-based prior), refreshed by the workers as items are scored. */
@Entity('feature_percentiles')
export class FeaturePercentileEntity {
  @PrimaryColumn({ type: 'text' })
  public featureId: string;

  @Column({ type: 'jsonb' })
  public quantiles: number[];

  @Column({ type: 'bigint' })
  public observations: string;

  @Column({ type: 'timestamptz' })
  public updatedAt: Date;
}
