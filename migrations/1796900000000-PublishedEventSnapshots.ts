import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Resource snapshots on published events (issue 17 item 3): the review as each audience may see it, built by the
 * relay at publish time from the review GET's role views. Events published before this carry none (`{}`).
 */
export class PublishedEventSnapshots1796900000000 implements MigrationInterface {
  public name = 'PublishedEventSnapshots1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "published_events" ADD "snapshots" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "published_events" ADD CONSTRAINT "CHK_published_events_snapshots" CHECK (jsonb_typeof("snapshots") = 'object')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "published_events" DROP CONSTRAINT "CHK_published_events_snapshots"`);
    await queryRunner.query(`ALTER TABLE "published_events" DROP COLUMN "snapshots"`);
  }
}
