import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reputation indicators (issue 6): daily rollups, suppression-audit cross-tabs, supplied order counts
 * and the rollup watermark. Hand-written (not `migration:generate`, which would pick up other modules'
 * entities); the statements match the entities in src/reputation exactly.
 */
export class Reputation1795432406329 implements MigrationInterface {
  public name = 'Reputation1795432406329';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reputation_daily" ("scope_type" text NOT NULL, "scope_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "day" date NOT NULL, "received_count" integer NOT NULL, "public_count" integer NOT NULL, "rating_count" integer NOT NULL, "rating_sum" bigint NOT NULL, "stars1" integer NOT NULL, "stars2" integer NOT NULL, "stars3" integer NOT NULL, "stars4" integer NOT NULL, "stars5" integer NOT NULL, "sentiment_positive" integer NOT NULL, "sentiment_neutral" integer NOT NULL, "sentiment_negative" integer NOT NULL, "sentiment_mixed" integer NOT NULL, "sentiment_score_sum" double precision NOT NULL, "aspect_mentions" integer array NOT NULL, "aspect_negative" integer array NOT NULL, "verified_count" integer NOT NULL, "incentivized_count" integer NOT NULL, "negative_count" integer NOT NULL, "fake_count" integer NOT NULL, "replied_count" integer NOT NULL, "reply_latency_hist" integer array, "decided_count" integer NOT NULL, "decision_latency_hist" integer array, "orders" integer NOT NULL, "complaints" integer NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_reputation_daily_scope_type" CHECK ("scope_type" IN ('platform','merchant','product')), CONSTRAINT "PK_fca64d00ae331fa277367373496" PRIMARY KEY ("scope_type", "scope_id", "channel_id", "day"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reputation_daily_day" ON "reputation_daily"  ("day") `);
    await queryRunner.query(`CREATE TABLE "reputation_suppression_daily" ("merchant_id" uuid NOT NULL, "day" date NOT NULL, "rating" smallint NOT NULL, "sentiment" text NOT NULL, "received_count" integer NOT NULL, "held_count" integer NOT NULL, "rejected_count" integer NOT NULL, "folded_count" integer NOT NULL, "published_count" integer NOT NULL, "time_to_publish_hist" integer array NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_reputation_suppression_daily_sentiment" CHECK ("sentiment" IN ('positive','neutral','negative','mixed','unscored')), CONSTRAINT "CHK_reputation_suppression_daily_rating" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_3206a409237ba4dde9d00675b18" PRIMARY KEY ("merchant_id", "day", "rating", "sentiment"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reputation_suppression_daily_day" ON "reputation_suppression_daily"  ("day") `);
    await queryRunner.query(`CREATE TABLE "reputation_order_counts" ("day" date NOT NULL, "product_id" uuid NOT NULL, "channel_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "orders" integer NOT NULL, "complaints" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_reputation_order_counts_non_negative" CHECK ("orders" >= 0 AND "complaints" >= 0), CONSTRAINT "PK_8460082feace367b6256a8509ba" PRIMARY KEY ("day", "product_id", "channel_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reputation_order_counts_updated" ON "reputation_order_counts"  ("updated_at") `);
    await queryRunner.query(`CREATE TABLE "reputation_rollup_state" ("id" text NOT NULL, "watermark" TIMESTAMP WITH TIME ZONE, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "last_days" integer NOT NULL DEFAULT '0', "progress" double precision NOT NULL DEFAULT '0', CONSTRAINT "CHK_reputation_rollup_state_progress" CHECK ("progress" BETWEEN 0 AND 1), CONSTRAINT "PK_403d25a6039d042b0ecc776cf68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "reputation_suppression_daily" ADD CONSTRAINT "FK_ec37ed6e1aa3a6a69fa176ff7db" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" ADD CONSTRAINT "FK_8fb8bb47d457c680a8b8721b957" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" ADD CONSTRAINT "FK_a1104bcc384cd050d8643fccd5c" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" ADD CONSTRAINT "FK_77117c8b477897ddc00b286cb45" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" DROP CONSTRAINT "FK_77117c8b477897ddc00b286cb45"`);
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" DROP CONSTRAINT "FK_a1104bcc384cd050d8643fccd5c"`);
    await queryRunner.query(`ALTER TABLE "reputation_order_counts" DROP CONSTRAINT "FK_8fb8bb47d457c680a8b8721b957"`);
    await queryRunner.query(`ALTER TABLE "reputation_suppression_daily" DROP CONSTRAINT "FK_ec37ed6e1aa3a6a69fa176ff7db"`);
    await queryRunner.query(`DROP TABLE "reputation_rollup_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reputation_order_counts_updated"`);
    await queryRunner.query(`DROP TABLE "reputation_order_counts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reputation_suppression_daily_day"`);
    await queryRunner.query(`DROP TABLE "reputation_suppression_daily"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reputation_daily_day"`);
    await queryRunner.query(`DROP TABLE "reputation_daily"`);
  }
}
