import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewEntity } from './review.entity.js';

/** A superseded version of a review's text, kept when the author edits. */
@Entity('review_revisions')
@Index('UQ_review_revisions_review_revision', ['reviewId', 'revision'], { unique: true })
export class ReviewRevisionEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @Column({ type: 'integer' })
  public revision: number;

  @Column({ type: 'smallint', nullable: true })
  public rating: number | null;

  @Column({ type: 'text', nullable: true })
  public title: string | null;

  @Column({ type: 'text' })
  public body: string;

  @Column({ type: 'jsonb' })
  public mediaUrls: string[];

  /** When this version stopped being current. */
  @Column({ type: 'timestamptz' })
  public supersededAt: Date;
}
