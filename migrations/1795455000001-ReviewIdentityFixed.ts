import type { MigrationInterface, QueryRunner } from 'typeorm';

const IDENTITY = ['channel_id', 'external_id', 'kind', 'product_id', 'merchant_id', 'reviewer_id', 'parent_id', 'order_ref', 'submitted_at'];

/**
 * Hand-written: triggers cannot be generated from entities.
 * A review's identity is fixed at intake (issue 16): a resend moved a review, with the first merchant's reply,
 * to another merchant's product. Intake refuses such a resend with 409; this keeps any other writer from doing it.
 */
export class ReviewIdentityFixed1795455000001 implements MigrationInterface {
  public name = 'ReviewIdentityFixed1795455000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const changed = IDENTITY.map((c) => `OLD."${c}" IS DISTINCT FROM NEW."${c}"`).join(' OR ');
    await queryRunner.query(`CREATE TRIGGER "TRG_reviews_identity_fixed" BEFORE UPDATE ON "reviews"
      FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION candor_reject_change('a review''s identity is fixed at intake')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "TRG_reviews_identity_fixed" ON "reviews"');
  }
}
