import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Pending deliveries per webhook: the backlog that orders deliveries fairly across webhooks (issue 16). */
export class WebhookPendingIndex1795454000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_webhook_deliveries_pending" ON "webhook_deliveries" ("webhook_id") WHERE "state" = 'pending'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_webhook_deliveries_pending"`);
  }
}
