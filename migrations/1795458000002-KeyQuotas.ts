import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-key quotas and publishable storefront keys (ApiKeyEntity). Null limits mean the
 * documented defaults (src/common/auth/key-quotas.ts). A publishable key is a storefront key
 * bound to at least one origin; only publishable keys have origins and per-IP limits.
 */
export class KeyQuotas1795458000002 implements MigrationInterface {
  public name = 'KeyQuotas1795458000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "rate_limit_per_second" integer`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "rate_limit_burst" integer`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "publishable" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "allowed_origins" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "ip_rate_limit_per_second" integer`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "ip_rate_limit_burst" integer`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "CHK_api_keys_limits" CHECK (("rate_limit_per_second" IS NULL OR "rate_limit_per_second" > 0) AND ("rate_limit_burst" IS NULL OR "rate_limit_burst" >= 1) AND ("ip_rate_limit_per_second" IS NULL OR "ip_rate_limit_per_second" > 0) AND ("ip_rate_limit_burst" IS NULL OR "ip_rate_limit_burst" >= 1))`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "CHK_api_keys_publishable" CHECK ((NOT "publishable" AND cardinality("allowed_origins") = 0 AND "ip_rate_limit_per_second" IS NULL AND "ip_rate_limit_burst" IS NULL) OR ("publishable" AND "role" = 'storefront' AND cardinality("allowed_origins") > 0))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "CHK_api_keys_publishable"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "CHK_api_keys_limits"`);
    for (const column of ['ip_rate_limit_burst', 'ip_rate_limit_per_second', 'allowed_origins', 'publishable', 'rate_limit_burst', 'rate_limit_per_second']) {
      await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "${column}"`);
    }
  }
}
