import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Period scans of the statement-of-reasons log (moderation stats' automation accuracy, the transparency
 * report) filter on created_at alone; the (review_id, created_at) index cannot serve them.
 */
export class DecisionRecordsByTime1795459000000 implements MigrationInterface {
  public name = 'DecisionRecordsByTime1795459000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_decision_records_created" ON "decision_records" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_decision_records_created"`);
  }
}
