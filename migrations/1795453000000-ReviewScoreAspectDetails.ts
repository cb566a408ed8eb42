import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Aspect findings with polarity and evidence span per score (issue 15 item 4/6). `aspects text[]` stays: the
 * reputation rollup and the merchant list filter on the aspect names; this column is what the review view shows.
 */
export class ReviewScoreAspectDetails1795453000000 implements MigrationInterface {
  public name = 'ReviewScoreAspectDetails1795453000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_scores" ADD "aspect_details" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "review_scores" ADD CONSTRAINT "CHK_review_scores_aspect_details" CHECK (jsonb_typeof("aspect_details") = 'array')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_scores" DROP CONSTRAINT "CHK_review_scores_aspect_details"`);
    await queryRunner.query(`ALTER TABLE "review_scores" DROP COLUMN "aspect_details"`);
  }
}
