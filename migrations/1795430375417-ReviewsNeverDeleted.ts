import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: triggers cannot be generated from entities.
 * Consumer reviews are never hard-deleted (PRC E-Commerce Law art. 39) and
 * decision records are an append-only statement-of-reasons log (EU DSA art. 17).
 */
export class ReviewsNeverDeleted1795430375417 implements MigrationInterface {
  public name = 'ReviewsNeverDeleted1795430375417';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION candor_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'candor: % on % is not allowed (%)', TG_OP, TG_TABLE_NAME, TG_ARGV[0]
          USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_reviews_no_delete" BEFORE DELETE ON "reviews"
      FOR EACH ROW EXECUTE FUNCTION candor_reject_change('reviews are retained, never deleted')`);
    await queryRunner.query(`CREATE TRIGGER "TRG_review_revisions_append_only" BEFORE UPDATE OR DELETE ON "review_revisions"
      FOR EACH ROW EXECUTE FUNCTION candor_reject_change('edit history is append-only')`);
    await queryRunner.query(`CREATE TRIGGER "TRG_decision_records_append_only" BEFORE UPDATE OR DELETE ON "decision_records"
      FOR EACH ROW EXECUTE FUNCTION candor_reject_change('decision records are append-only')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "TRG_decision_records_append_only" ON "decision_records"');
    await queryRunner.query('DROP TRIGGER "TRG_review_revisions_append_only" ON "review_revisions"');
    await queryRunner.query('DROP TRIGGER "TRG_reviews_no_delete" ON "reviews"');
    await queryRunner.query('DROP FUNCTION candor_reject_change()');
  }
}
