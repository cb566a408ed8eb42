import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * Helpful votes per review, kept by a trigger on review_helpful_votes (so it cannot drift from
 * the votes) and read by the helpful sort with one join. A separate table rather than a column
 * on reviews: the reviews module is the only writer of the reviews table.
 */
@Entity('review_helpful_counts')
@Check('CHK_review_helpful_counts_votes', `"votes" >= 0`)
export class ReviewHelpfulCountEntity {
  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_review_helpful_counts' })
  public reviewId: string;

  @Column({ type: 'int' })
  public votes: number;
}
