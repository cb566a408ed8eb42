import { CreateDateColumn, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';

/**
 * One shopper's "helpful" vote on a review. The primary key makes a vote idempotent per
 * (review, shopper). The shopper reference is a keyed hash (never the storefront's own id),
 * like reviewers' IP and device identifiers. Written only by the ratings module: a vote is
 * storefront feedback, not a change to the review (no revision, no decision record).
 */
@Entity('review_helpful_votes')
export class ReviewHelpfulVoteEntity {
  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_review_helpful_votes' })
  public reviewId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_review_helpful_votes' })
  public shopperHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  public createdAt: Date;
}
