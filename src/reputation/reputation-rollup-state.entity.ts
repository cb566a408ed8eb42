import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Progress of the rollup job: the watermark says which changes are already folded into the daily rows. */
@Entity('reputation_rollup_state')
@Check('CHK_reputation_rollup_state_progress', `"progress" BETWEEN 0 AND 1`)
export class ReputationRollupStateEntity {
  @PrimaryColumn({ type: 'text' })
  public id: string;

  /** Changes at or after this instant (minus a safety overlap) have not been rolled up yet; null = never run. */
  @Column({ type: 'timestamptz', nullable: true })
  public watermark: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  public lastStartedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  public lastFinishedAt: Date | null;

  /** Last accepted refresh request (merchant rows: `merchant:<id>`): the refresh rate limit. */
  @Column({ type: 'timestamptz', nullable: true })
  public lastRequestedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  public lastDays: number;

  @Column({ type: 'double precision', default: 0 })
  public progress: number;
}
