import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seed documents' indicators (issue 18): complaint events a channel sends (the complaint-rate numerator),
 * recommendation and 0–10 answers on reviews, exact reply latencies and recommendation/NPS counts in the daily
 * rollup, the merchant refresh rate limit, and the purchases index churn and repeat-purchase read by period.
 */
export class SeedIndicators1796700000000 implements MigrationInterface {
  public name = 'SeedIndicators1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reputation_complaints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "external_id" text NOT NULL, "product_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "category" text, "order_ref" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_reputation_complaints" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reputation_complaints_channel_external" ON "reputation_complaints" ("channel_id", "external_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_reputation_complaints_occurred" ON "reputation_complaints" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_reputation_complaints_received" ON "reputation_complaints" ("received_at")`);
    await queryRunner.query(`ALTER TABLE "reputation_complaints" ADD CONSTRAINT "FK_reputation_complaints_channel" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_complaints" ADD CONSTRAINT "FK_reputation_complaints_product" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reputation_complaints" ADD CONSTRAINT "FK_reputation_complaints_merchant" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    await queryRunner.query(`ALTER TABLE "reviews" ADD "recommends" boolean`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD "nps_score" smallint`);
    await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "CHK_reviews_nps_score_range" CHECK ("nps_score" IS NULL OR "nps_score" BETWEEN 0 AND 10)`);

    for (const col of ['recommend_yes', 'recommend_no', 'nps_promoters', 'nps_passives', 'nps_detractors']) {
      await queryRunner.query(`ALTER TABLE "reputation_daily" ADD "${col}" integer NOT NULL DEFAULT 0`);
    }
    await queryRunner.query(`ALTER TABLE "reputation_daily" ADD "reply_seconds" double precision array`);
    await queryRunner.query(`ALTER TABLE "reputation_rollup_state" ADD "last_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_purchases_product_purchased" ON "purchases" ("product_id", "purchased_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_purchases_product_purchased"`);
    await queryRunner.query(`ALTER TABLE "reputation_rollup_state" DROP COLUMN "last_requested_at"`);
    await queryRunner.query(`ALTER TABLE "reputation_daily" DROP COLUMN "reply_seconds"`);
    for (const col of ['nps_detractors', 'nps_passives', 'nps_promoters', 'recommend_no', 'recommend_yes']) {
      await queryRunner.query(`ALTER TABLE "reputation_daily" DROP COLUMN "${col}"`);
    }
    await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "CHK_reviews_nps_score_range"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "nps_score"`);
    await queryRunner.query(`ALTER TABLE "reviews" DROP COLUMN "recommends"`);
    await queryRunner.query(`DROP TABLE "reputation_complaints"`);
  }
}
