import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys belong to a principal (a person or a system) that survives rotation, so "a different moderator" is a
 * different person, not a different key (issue 16). Existing keys become their own principal: decision records
 * already name their key id, which stays the principal id of every key rotated from it.
 */
export class ApiKeyPrincipal1795455000002 implements MigrationInterface {
  public name = 'ApiKeyPrincipal1795455000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "principal_id" uuid`);
    await queryRunner.query(`UPDATE "api_keys" SET "principal_id" = "id"`);
    await queryRunner.query(`ALTER TABLE "api_keys" ALTER COLUMN "principal_id" SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_api_keys_principal" ON "api_keys" ("principal_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_api_keys_principal"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "principal_id"`);
  }
}
