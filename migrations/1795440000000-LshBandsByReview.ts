import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-fingerprinting a review deletes its old band rows by review_id, which the (band_key, review_id)
 * primary key cannot serve: every score job scanned the whole table, so scoring slowed down in
 * proportion to the corpus (a quarter of the database time at 5,000 reviews, quadratic overall).
 */
export class LshBandsByReview1795440000000 implements MigrationInterface {
  public name = 'LshBandsByReview1795440000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "IDX_review_lsh_bands_review" ON "review_lsh_bands" ("review_id") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_review_lsh_bands_review"');
  }
}
