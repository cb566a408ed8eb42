import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Merchant flags become moderation reports. A flag used to be a row nobody read (issue 14: "flags go nowhere");
 * now each flag points at the moderation report it filed, and the report's state (resolved by the moderator's
 * decision, in moderation's own statement) is the flag's outcome: the flag keeps no state of its own to drift.
 * Idempotency moves with it: one open report per (review, reporter) is already an index of moderation_reports,
 * and one flag per report is the new unique index here. Flags filed before this migration have no report
 * (report_id NULL) and are shown as `unrouted`; the merchant may flag again to route them.
 *
 * moderation_items.report_reasons: the distinct reason codes of the reports and flags that raised the item,
 * so the queue shows why someone asked for a look without opening the item.
 */
export class FlagsReachModeration1795451000000 implements MigrationInterface {
  public name = 'FlagsReachModeration1795451000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_review_flags_open_per_reason"`);
    await queryRunner.query(`ALTER TABLE "review_flags" DROP CONSTRAINT "CHK_review_flags_state"`);
    await queryRunner.query(`ALTER TABLE "review_flags" DROP COLUMN "state"`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD "report_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_flags_report" ON "review_flags" ("report_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_review_flags_review" ON "review_flags" ("review_id", "created_at")`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD CONSTRAINT "FK_review_flags_report" FOREIGN KEY ("report_id") REFERENCES "moderation_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "report_reasons" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`
      UPDATE moderation_items mi SET report_reasons = r.reasons
        FROM (SELECT review_id, array_agg(DISTINCT reason_code ORDER BY reason_code) AS reasons FROM moderation_reports WHERE state = 'open' GROUP BY review_id) r
       WHERE r.review_id = mi.review_id AND mi.state IN ('open','claimed')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "report_reasons"`);
    await queryRunner.query(`ALTER TABLE "review_flags" DROP CONSTRAINT "FK_review_flags_report"`);
    await queryRunner.query(`DROP INDEX "IDX_review_flags_review"`);
    await queryRunner.query(`DROP INDEX "UQ_review_flags_report"`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD "state" text NOT NULL DEFAULT 'resolved'`);
    await queryRunner.query(`UPDATE review_flags f SET state = 'open' FROM moderation_reports r WHERE r.id = f.report_id AND r.state = 'open'`);
    await queryRunner.query(`ALTER TABLE "review_flags" ALTER COLUMN "state" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "review_flags" DROP COLUMN "report_id"`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD CONSTRAINT "CHK_review_flags_state" CHECK ("state" IN ('open','resolved'))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_flags_open_per_reason" ON "review_flags" ("review_id", "reason_code") WHERE "state" = 'open'`);
  }
}
