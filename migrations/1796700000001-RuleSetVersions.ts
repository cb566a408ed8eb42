import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rule-set versions in PostgreSQL (issue 18, rules without restarts): every version with its author and time,
 * at most one active. Seeded from moderation-rules/ at boot; activation NOTIFYs every process.
 */
export class RuleSetVersions1796700000001 implements MigrationInterface {
  public name = 'RuleSetVersions1796700000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rule_set_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" text NOT NULL, "hash" text NOT NULL, "content" jsonb NOT NULL, "source" text NOT NULL, "author" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "active" boolean NOT NULL DEFAULT false, "activated_at" TIMESTAMP WITH TIME ZONE, "activated_by" text, CONSTRAINT "CHK_rule_set_versions_source" CHECK ("source" IN ('files','api')), CONSTRAINT "CHK_rule_set_versions_activated" CHECK (NOT "active" OR "activated_at" IS NOT NULL), CONSTRAINT "PK_rule_set_versions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rule_set_versions_hash" ON "rule_set_versions" ("hash")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_rule_set_versions_one_active" ON "rule_set_versions" ("active") WHERE "active"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rule_set_versions"`);
  }
}
