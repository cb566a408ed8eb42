import { MigrationInterface, QueryRunner } from "typeorm";

export class ScoringAndModerationQueue1795431029907 implements MigrationInterface {
    name = 'ScoringAndModerationQueue1795431029907'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "moderation_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "state" text NOT NULL, "priority" smallint NOT NULL, "reason_codes" text array NOT NULL DEFAULT '{}', "fake_score" double precision NOT NULL, "source" text NOT NULL, "claimed_by" text, "lease_until" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_moderation_items_priority" CHECK ("priority" BETWEEN 0 AND 100), CONSTRAINT "CHK_moderation_items_state" CHECK ("state" IN ('open','claimed','decided')), CONSTRAINT "PK_7553314431cdb0fe119568d0f22" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_moderation_items_queue" ON "moderation_items"  ("state", "priority", "created_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_moderation_items_open_per_review" ON "moderation_items"  ("review_id") WHERE "state" IN ('open','claimed')`);
        await queryRunner.query(`CREATE TABLE "feature_percentiles" ("feature_id" text NOT NULL, "quantiles" jsonb NOT NULL, "observations" bigint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1c074f34e7db1fcaf93e1409157" PRIMARY KEY ("feature_id"))`);
        await queryRunner.query(`CREATE TABLE "review_lsh_bands" ("band_key" text NOT NULL, "review_id" uuid NOT NULL, CONSTRAINT "PK_04742efc94e2d8b700b9842f536" PRIMARY KEY ("band_key", "review_id"))`);
        await queryRunner.query(`CREATE TABLE "review_fingerprints" ("review_id" uuid NOT NULL, "product_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "exact_hash" text NOT NULL, "minhash" bigint array NOT NULL, CONSTRAINT "PK_b49ce39b2278d7f4e0d9021d6b5" PRIMARY KEY ("review_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_review_fingerprints_reviewer" ON "review_fingerprints"  ("reviewer_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_review_fingerprints_exact_hash" ON "review_fingerprints"  ("exact_hash") `);
        await queryRunner.query(`CREATE TABLE "review_scores" ("id" BIGSERIAL NOT NULL, "review_id" uuid NOT NULL, "revision" integer NOT NULL, "rule_set_version" text NOT NULL, "rule_set_hash" text NOT NULL, "fake_score" double precision NOT NULL, "sentiment_label" text NOT NULL, "sentiment_score" double precision NOT NULL, "sentiment_confidence" double precision NOT NULL, "language" text NOT NULL, "aspects" text array NOT NULL DEFAULT '{}', "signals" jsonb NOT NULL, "verdict" text NOT NULL, "priority" smallint NOT NULL, "reason_codes" text array NOT NULL DEFAULT '{}', "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_review_scores_fake_score" CHECK ("fake_score" BETWEEN 0 AND 1), CONSTRAINT "CHK_review_scores_verdict" CHECK ("verdict" IN ('publish','hold','withhold')), CONSTRAINT "PK_1722ebb46aab33e0752f12145c6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_scores_review_revision_rules" ON "review_scores"  ("review_id", "revision", "rule_set_hash") `);
        await queryRunner.query(`ALTER TABLE "reviews" ALTER COLUMN "media_urls" SET DEFAULT '[]'::jsonb`);
        await queryRunner.query(`ALTER TABLE "decision_records" ALTER COLUMN "facts" SET DEFAULT '{}'::jsonb`);
        await queryRunner.query(`ALTER TABLE "outbox_events" ALTER COLUMN "payload" SET DEFAULT '{}'::jsonb`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_device_hash_received" ON "reviews"  ("device_hash", "received_at") WHERE "device_hash" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_ip_hash_received" ON "reviews"  ("ip_hash", "received_at") WHERE "ip_hash" IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_product_received" ON "reviews"  ("product_id", "received_at") `);
        await queryRunner.query(`ALTER TABLE "moderation_items" ADD CONSTRAINT "FK_a0d4c026ad4996f43489b84b863" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_fingerprints" ADD CONSTRAINT "FK_b49ce39b2278d7f4e0d9021d6b5" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_scores" ADD CONSTRAINT "FK_f33a45854f9d1709294bc066bd0" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "review_scores" DROP CONSTRAINT "FK_f33a45854f9d1709294bc066bd0"`);
        await queryRunner.query(`ALTER TABLE "review_fingerprints" DROP CONSTRAINT "FK_b49ce39b2278d7f4e0d9021d6b5"`);
        await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "FK_a0d4c026ad4996f43489b84b863"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_product_received"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_ip_hash_received"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_device_hash_received"`);
        await queryRunner.query(`ALTER TABLE "outbox_events" ALTER COLUMN "payload" SET DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "decision_records" ALTER COLUMN "facts" SET DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "reviews" ALTER COLUMN "media_urls" SET DEFAULT '[]'`);
        await queryRunner.query(`DROP INDEX "public"."UQ_review_scores_review_revision_rules"`);
        await queryRunner.query(`DROP TABLE "review_scores"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_review_fingerprints_exact_hash"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_review_fingerprints_reviewer"`);
        await queryRunner.query(`DROP TABLE "review_fingerprints"`);
        await queryRunner.query(`DROP TABLE "review_lsh_bands"`);
        await queryRunner.query(`DROP TABLE "feature_percentiles"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_moderation_items_open_per_review"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_moderation_items_queue"`);
        await queryRunner.query(`DROP TABLE "moderation_items"`);
    }

}
