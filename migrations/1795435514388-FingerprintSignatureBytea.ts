import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (data conversion): MinHash signatures move from bigint[] to a packed
 * 512-byte bytea (128 big-endian uint32). Parsing 200 candidates' bigint[] text was
 * most of a score job's CPU; a bytea arrives as a Buffer.
 */
export class FingerprintSignatureBytea1795435514388 implements MigrationInterface {
  public name = 'FingerprintSignatureBytea1795435514388';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "review_fingerprints" ADD "signature" bytea');
    await queryRunner.query(`UPDATE "review_fingerprints" f SET "signature" = (
      SELECT decode(string_agg(lpad(to_hex(v), 8, '0'), '' ORDER BY o), 'hex') FROM unnest(f."minhash") WITH ORDINALITY AS u(v, o))`);
    await queryRunner.query('ALTER TABLE "review_fingerprints" ALTER COLUMN "signature" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "review_fingerprints" DROP COLUMN "minhash"');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "review_fingerprints" ADD "minhash" bigint array');
    await queryRunner.query(`UPDATE "review_fingerprints" f SET "minhash" = ARRAY(
      SELECT ('x' || encode(substring(f."signature" FROM i * 4 + 1 FOR 4), 'hex'))::bit(32)::bigint FROM generate_series(0, 127) AS i ORDER BY i)`);
    await queryRunner.query('ALTER TABLE "review_fingerprints" ALTER COLUMN "minhash" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "review_fingerprints" DROP COLUMN "signature"');
  }
}
