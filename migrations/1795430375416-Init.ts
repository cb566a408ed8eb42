import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795430375416 implements MigrationInterface {
    name = 'Init1795430375416'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "channels" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "type" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_channels_type" CHECK ("type" IN ('web','app','mini_program','social','live_stream','offline','marketplace_import','other')), CONSTRAINT "PK_bc603823f3f741359c2339389f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_channels_code" ON "channels"  ("code") `);
        await queryRunner.query(`CREATE TABLE "merchants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fd312ef25f8e05ad47bfe7ed25" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_merchants_slug" ON "merchants"  ("slug") `);
        await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "merchant_id" uuid NOT NULL, "sku" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_products_merchant_sku" ON "products"  ("merchant_id", "sku") `);
        await queryRunner.query(`CREATE TABLE "channel_listings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "external_sku" text NOT NULL, "product_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55b81574b7bd0381d59a4eba2b9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_channel_listings_product" ON "channel_listings"  ("product_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_channel_listings_channel_sku" ON "channel_listings"  ("channel_id", "external_sku") `);
        await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "prefix" text NOT NULL, "secret_hash" text NOT NULL, "role" text NOT NULL, "merchant_id" uuid, "channel_id" uuid, "label" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_api_keys_channel_scope" CHECK (("role" = 'channel') = ("channel_id" IS NOT NULL)), CONSTRAINT "CHK_api_keys_merchant_scope" CHECK (("role" = 'merchant') = ("merchant_id" IS NOT NULL)), CONSTRAINT "CHK_api_keys_role" CHECK ("role" IN ('admin','moderator','merchant','storefront','channel')), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_keys_prefix" ON "api_keys"  ("prefix") `);
        await queryRunner.query(`CREATE TABLE "reviewers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "external_id" text NOT NULL, "display_name" text, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "account_created_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_79de995aea9d2f606dff4cfefcd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reviewers_channel_external" ON "reviewers"  ("channel_id", "external_id") `);
        await queryRunner.query(`CREATE TABLE "purchases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "order_ref" text NOT NULL, "reviewer_id" uuid NOT NULL, "product_id" uuid NOT NULL, "purchased_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d55032f37a34c6eceacbbca6b8" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_purchases_channel_order_product" ON "purchases"  ("channel_id", "order_ref", "product_id") `);
        await queryRunner.query(`CREATE TABLE "reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "channel_id" uuid NOT NULL, "external_id" text NOT NULL, "product_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "parent_id" uuid, "rating" smallint, "title" text, "body" text NOT NULL, "language" text, "media_urls" jsonb NOT NULL DEFAULT '[]'::jsonb, "order_ref" text, "purchase_id" uuid, "verification" text NOT NULL, "incentivized" boolean NOT NULL DEFAULT false, "incentive_type" text, "status" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "revision" integer NOT NULL DEFAULT '1', "content_hash" text NOT NULL, "ip_hash" text, "device_hash" text, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_reviews_incentive_type" CHECK ("incentivized" OR "incentive_type" IS NULL), CONSTRAINT "CHK_reviews_body_length" CHECK (char_length("body") BETWEEN 1 AND 20000), CONSTRAINT "CHK_reviews_rating_required" CHECK ("kind" <> 'review' OR "rating" IS NOT NULL), CONSTRAINT "CHK_reviews_rating_range" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "CHK_reviews_order_match_has_purchase" CHECK ("verification" <> 'order_match' OR "purchase_id" IS NOT NULL), CONSTRAINT "CHK_reviews_verification" CHECK ("verification" IN ('order_match','invitation','none')), CONSTRAINT "CHK_reviews_status" CHECK ("status" IN ('received','scoring','published','held','withheld','folded','hidden','removed')), CONSTRAINT "CHK_reviews_kind" CHECK ("kind" IN ('review','question','answer','comment','photo_caption')), CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_reviewer_received" ON "reviews"  ("reviewer_id", "received_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_merchant_received" ON "reviews"  ("merchant_id", "received_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_reviews_product_status" ON "reviews"  ("product_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reviews_channel_external" ON "reviews"  ("channel_id", "external_id") `);
        await queryRunner.query(`CREATE TABLE "decision_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "action" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "reason_code" text, "facts" jsonb NOT NULL DEFAULT '{}'::jsonb, "rule_set_version" text, "automated" boolean NOT NULL, "actor_type" text NOT NULL, "actor_id" text, "redress" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5c4228e4d0688e350f0b43858e9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_decision_records_review_created" ON "decision_records"  ("review_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "aggregate_type" text NOT NULL, "aggregate_id" uuid NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}'::jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_outbox_events_undispatched" ON "outbox_events"  ("id") WHERE "dispatched_at" IS NULL`);
        await queryRunner.query(`CREATE TABLE "review_revisions" ("id" BIGSERIAL NOT NULL, "review_id" uuid NOT NULL, "revision" integer NOT NULL, "rating" smallint, "title" text, "body" text NOT NULL, "media_urls" jsonb NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_87ae550a5b5a847923c7a8873e5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_revisions_review_revision" ON "review_revisions"  ("review_id", "revision") `);
        await queryRunner.query(`ALTER TABLE "products" ADD CONSTRAINT "FK_7d80d63e220c4511ab4b6595846" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "channel_listings" ADD CONSTRAINT "FK_678295c847948921176e4fec66f" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "channel_listings" ADD CONSTRAINT "FK_c23564232bb665e1f477c387f21" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_8261f83ab065c7bb551dd3f375a" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_d247b8c4cb0c9b64beb71d7047a" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviewers" ADD CONSTRAINT "FK_46172a57456b855d82f56cd0ee9" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "purchases" ADD CONSTRAINT "FK_c44e4a36df6a3be7157686f28d4" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "purchases" ADD CONSTRAINT "FK_c231fb3d8be731d70d46a313bf0" FOREIGN KEY ("reviewer_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "purchases" ADD CONSTRAINT "FK_1ce91bd87ddfcecde930deeaab9" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_6fe2ccee4b7375af4471dcc0ea1" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_9482e9567d8dcc2bc615981ef44" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_79580be048111f20278cad6e0fb" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_92e950a2513a79bb3fab273c92e" FOREIGN KEY ("reviewer_id") REFERENCES "reviewers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_d02d60fbf0c8343ecce85a4e128" FOREIGN KEY ("parent_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reviews" ADD CONSTRAINT "FK_731f38d2bec8b9726d574ebc032" FOREIGN KEY ("purchase_id") REFERENCES "purchases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision_records" ADD CONSTRAINT "FK_d933b46d0d9abad2a704ae29163" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_revisions" ADD CONSTRAINT "FK_ba6b67a7b815838c0ac467a7867" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "review_revisions" DROP CONSTRAINT "FK_ba6b67a7b815838c0ac467a7867"`);
        await queryRunner.query(`ALTER TABLE "decision_records" DROP CONSTRAINT "FK_d933b46d0d9abad2a704ae29163"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_731f38d2bec8b9726d574ebc032"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_d02d60fbf0c8343ecce85a4e128"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_92e950a2513a79bb3fab273c92e"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_79580be048111f20278cad6e0fb"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_9482e9567d8dcc2bc615981ef44"`);
        await queryRunner.query(`ALTER TABLE "reviews" DROP CONSTRAINT "FK_6fe2ccee4b7375af4471dcc0ea1"`);
        await queryRunner.query(`ALTER TABLE "purchases" DROP CONSTRAINT "FK_1ce91bd87ddfcecde930deeaab9"`);
        await queryRunner.query(`ALTER TABLE "purchases" DROP CONSTRAINT "FK_c231fb3d8be731d70d46a313bf0"`);
        await queryRunner.query(`ALTER TABLE "purchases" DROP CONSTRAINT "FK_c44e4a36df6a3be7157686f28d4"`);
        await queryRunner.query(`ALTER TABLE "reviewers" DROP CONSTRAINT "FK_46172a57456b855d82f56cd0ee9"`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_d247b8c4cb0c9b64beb71d7047a"`);
        await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_8261f83ab065c7bb551dd3f375a"`);
        await queryRunner.query(`ALTER TABLE "channel_listings" DROP CONSTRAINT "FK_c23564232bb665e1f477c387f21"`);
        await queryRunner.query(`ALTER TABLE "channel_listings" DROP CONSTRAINT "FK_678295c847948921176e4fec66f"`);
        await queryRunner.query(`ALTER TABLE "products" DROP CONSTRAINT "FK_7d80d63e220c4511ab4b6595846"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_review_revisions_review_revision"`);
        await queryRunner.query(`DROP TABLE "review_revisions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_outbox_events_undispatched"`);
        await queryRunner.query(`DROP TABLE "outbox_events"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_decision_records_review_created"`);
        await queryRunner.query(`DROP TABLE "decision_records"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_reviews_channel_external"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_product_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_merchant_received"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_reviews_reviewer_received"`);
        await queryRunner.query(`DROP TABLE "reviews"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_purchases_channel_order_product"`);
        await queryRunner.query(`DROP TABLE "purchases"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_reviewers_channel_external"`);
        await queryRunner.query(`DROP TABLE "reviewers"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_api_keys_prefix"`);
        await queryRunner.query(`DROP TABLE "api_keys"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_channel_listings_channel_sku"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_channel_listings_product"`);
        await queryRunner.query(`DROP TABLE "channel_listings"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_products_merchant_sku"`);
        await queryRunner.query(`DROP TABLE "products"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_merchants_slug"`);
        await queryRunner.query(`DROP TABLE "merchants"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_channels_code"`);
        await queryRunner.query(`DROP TABLE "channels"`);
    }

}
