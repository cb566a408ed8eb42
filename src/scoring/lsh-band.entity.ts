import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * LSH band index: items sharing any band key are near-duplicate candidates,
 * so lookup is a few index probes however large the corpus grows.
 */
@Entity('review_lsh_bands')
@Index('IDX_review_lsh_bands_review', ['reviewId'])
export class LshBandEntity {
  @PrimaryColumn({ type: 'text' })
  public bandKey: string;

  @PrimaryColumn({ type: 'uuid' })
  public reviewId: string;
}
