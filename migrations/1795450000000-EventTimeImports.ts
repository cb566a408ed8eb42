import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event time and imports (issue 14). The scoring context now windows product, reviewer, IP and
 * device history by `submitted_at` (when the shopper wrote it), so those look-ups get
 * submitted_at indexes; the product/IP/device received_at indexes served only that query and
 * go (reviewer_received stays: the moderator's author history orders by it). `intake_mode`
 * and `import_id` mark history sent through bulk import mode: consoles badge it, events say
 * `historical`, and GET /v1/imports/:id counts an import's progress.
 */
export class EventTimeImports1795450000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reviews" ADD "intake_mode" text NOT NULL DEFAULT 'live'`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "CHK_reviews_intake_mode" CHECK ("intake_mode" IN ('live','import'))`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD "import_id" uuid`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "CHK_reviews_import_id" CHECK (("intake_mode" = 'import') = ("import_id" IS NOT NULL))`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_import" ON "reviews" ("import_id", "status") WHERE "import_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_product_submitted" ON "reviews" ("product_id", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_reviewer_submitted" ON "reviews" ("reviewer_id", "submitted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_ip_hash_submitted" ON "reviews" ("ip_hash", "submitted_at") WHERE "ip_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_device_hash_submitted" ON "reviews" ("device_hash", "submitted_at") WHERE "device_hash" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_product_received"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_ip_hash_received"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_device_hash_received"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_reviews_device_hash_received" ON "reviews" ("device_hash", "received_at") WHERE "device_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_ip_hash_received" ON "reviews" ("ip_hash", "received_at") WHERE "ip_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_reviews_product_received" ON "reviews" ("product_id", "received_at")`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_device_hash_submitted"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_ip_hash_submitted"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_reviewer_submitted"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_product_submitted"`);
    await queryRunner.query(`DROP INDEX "IDX_reviews_import"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "CHK_reviews_import_id"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "import_id"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "CHK_reviews_intake_mode"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "intake_mode"`);
  }
}
