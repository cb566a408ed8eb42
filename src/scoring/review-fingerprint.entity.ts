import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';

/** Duplicate-detection fingerprint of a review's current text. */
@Entity('review_fingerprints')
@Index('IDX_review_fingerprints_exact_hash', ['exactHash'])
@Index('IDX_review_fingerprints_reviewer', ['reviewerId'])
export class ReviewFingerprintEntity {
  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid' })
  public reviewId: string;

  @Column({ type: 'uuid' })
  public productId: string;

  @Column({ type: 'uuid' })
  public reviewerId: string;

  @Column({ type: 'text' })
  public exactHash: string;

  /** MinHash signature: 128 unsigned 32-bit values, big-endian, packed (512 bytes). */
  @Column({ type: 'bytea' })
  public signature: Buffer;
}
