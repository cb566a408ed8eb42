import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReviewEntity } from '../reviews/review.entity.js';

/** One scoring run of one revision under one rule set, with every signal and its reason. */
@Entity('review_scores')
@Index('UQ_review_scores_review_revision_rules', ['reviewId', 'revision', 'ruleSetHash'], { unique: true })
@Check('CHK_review_scores_verdict', `"verdict" IN ('publish','hold','withhold')`)
@Check('CHK_review_scores_fake_score', `"fake_score" BETWEEN 0 AND 1`)
@Check('CHK_review_scores_aspect_details', `jsonb_typeof("aspect_details") = 'array'`)
export class ReviewScoreEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  public id: string;

  @ForeignKey(() => ReviewEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'uuid' })
  public reviewId: string;

  @Column({ type: 'integer' })
  public revision: number;

  @Column({ type: 'text' })
  public ruleSetVersion: string;

  @Column({ type: 'text' })
  public ruleSetHash: string;

  @Column({ type: 'double precision' })
  public fakeScore: number;

  @Column({ type: 'text' })
  public sentimentLabel: string;

  @Column({ type: 'double precision' })
  public sentimentScore: number;

  @Column({ type: 'double precision' })
  public sentimentConfidence: number;

  @Column({ type: 'text' })
  public language: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  public aspects: string[];

  /** AspectFinding[]: aspect, polarity and evidence span (see domain/aspects/aspect-finding.ts). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  public aspectDetails: unknown[];

  @Column({ type: 'jsonb' })
  public signals: unknown[];

  @Column({ type: 'text' })
  public verdict: string;

  @Column({ type: 'smallint' })
  public priority: number;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  public reasonCodes: string[];

  @Column({ type: 'timestamptz' })
  public scoredAt: Date;
}
