import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: triggers cannot be generated from entities.
 * Every API process caches verified keys; a revocation committed by any writer (another API process, the CLI,
 * SQL) is announced on this channel, with the key's prefix, so every cache drops it at once (issue 16).
 */
export class ApiKeyRevocationNotify1795455000003 implements MigrationInterface {
  public name = 'ApiKeyRevocationNotify1795455000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION candor_notify_api_key_revoked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('candor_api_keys_revoked', NEW.prefix);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_api_keys_revoked_notify" AFTER UPDATE OF "revoked_at" ON "api_keys"
      FOR EACH ROW WHEN (NEW."revoked_at" IS NOT NULL AND OLD."revoked_at" IS NULL) EXECUTE FUNCTION candor_notify_api_key_revoked()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "TRG_api_keys_revoked_notify" ON "api_keys"');
    await queryRunner.query('DROP FUNCTION candor_notify_api_key_revoked()');
  }
}
