import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (several engineers add tables at once; see conventions): merchant responses,
 * the published event log + webhooks + delivery log, and storefront rating aggregates kept
 * by triggers on `reviews`. Table SQL matches the entities; the triggers cannot be generated.
 */
export class ResponsesPublishingRatings1795431803617 implements MigrationInterface {
  public name = 'ResponsesPublishingRatings1795431803617';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "published_events" ("id" BIGSERIAL NOT NULL, "event_id" uuid NOT NULL, "type" text NOT NULL, "source_outbox_id" bigint NOT NULL, "merchant_id" uuid, "channel_id" uuid, "is_public" boolean NOT NULL, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_published_events_audience" CHECK ("is_public" OR "merchant_id" IS NOT NULL OR "channel_id" IS NOT NULL), CONSTRAINT "PK_513ed483ffe68abc338566e27a6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_published_events_public" ON "published_events"  ("id") WHERE "is_public"`);
    await queryRunner.query(`CREATE INDEX "IDX_published_events_channel" ON "published_events"  ("channel_id", "id") WHERE "channel_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_published_events_merchant" ON "published_events"  ("merchant_id", "id") WHERE "merchant_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_published_events_event_id" ON "published_events"  ("event_id") `);
    await queryRunner.query(`CREATE TABLE "webhooks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" text NOT NULL, "merchant_id" uuid, "channel_id" uuid, "owner_key_id" uuid NOT NULL, "url" text NOT NULL, "secret" text NOT NULL, "topics" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_webhooks_topics" CHECK (cardinality("topics") > 0), CONSTRAINT "CHK_webhooks_owner_scope" CHECK (("owner_type" = 'merchant') = ("merchant_id" IS NOT NULL) AND ("owner_type" = 'channel') = ("channel_id" IS NOT NULL)), CONSTRAINT "CHK_webhooks_owner_type" CHECK ("owner_type" IN ('merchant','storefront','channel')), CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhooks_storefront" ON "webhooks"  ("owner_key_id") WHERE "deleted_at" IS NULL AND "owner_type" = 'storefront'`);
    await queryRunner.query(`CREATE INDEX "IDX_webhooks_channel" ON "webhooks"  ("channel_id") WHERE "deleted_at" IS NULL AND "channel_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_webhooks_merchant" ON "webhooks"  ("merchant_id") WHERE "deleted_at" IS NULL AND "merchant_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL, "webhook_id" uuid NOT NULL, "event_id" bigint NOT NULL, "state" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "replays" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_webhook_deliveries_state" CHECK ("state" IN ('pending','succeeded','failed','cancelled')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_deliveries_unsent" ON "webhook_deliveries"  ("updated_at") WHERE "state" = 'pending' AND "attempts" = 0`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_deliveries_webhook_created" ON "webhook_deliveries"  ("webhook_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_webhook_deliveries_webhook_event" ON "webhook_deliveries"  ("webhook_id", "event_id") `);
    await queryRunner.query(`CREATE TABLE "product_rating_aggregates" ("product_id" uuid NOT NULL, "rating_count" integer NOT NULL DEFAULT '0', "rating_sum" bigint NOT NULL DEFAULT '0', "count1" integer NOT NULL DEFAULT '0', "count2" integer NOT NULL DEFAULT '0', "count3" integer NOT NULL DEFAULT '0', "count4" integer NOT NULL DEFAULT '0', "count5" integer NOT NULL DEFAULT '0', "verified_count" integer NOT NULL DEFAULT '0', "verified_sum" bigint NOT NULL DEFAULT '0', "incentivized_count" integer NOT NULL DEFAULT '0', "recency_weight" double precision NOT NULL DEFAULT '0', "recency_weighted_sum" double precision NOT NULL DEFAULT '0', "version" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c9c257393e8c8c084d7aa36e43e" PRIMARY KEY ("product_id"))`);
    await queryRunner.query(`CREATE TABLE "merchant_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "visibility" text NOT NULL, "state" text NOT NULL, "current_version" integer NOT NULL, "published_version" integer, "publications" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_merchant_responses_published_version" CHECK ("published_version" IS NULL OR "published_version" BETWEEN 1 AND "current_version"), CONSTRAINT "CHK_merchant_responses_state" CHECK ("state" IN ('published','held','rejected')), CONSTRAINT "CHK_merchant_responses_visibility" CHECK ("visibility" IN ('public','private')), CONSTRAINT "PK_5c72eec0cbcc125adc472cd2eb9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_merchant_responses_state" ON "merchant_responses"  ("state", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_merchant_responses_review" ON "merchant_responses"  ("review_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_merchant_responses_public_per_review" ON "merchant_responses"  ("review_id") WHERE "visibility" = 'public'`);
    await queryRunner.query(`CREATE TABLE "merchant_response_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "response_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "outcome" text NOT NULL, "screening" jsonb NOT NULL DEFAULT '[]'::jsonb, "author_key_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_merchant_response_versions_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000), CONSTRAINT "CHK_merchant_response_versions_outcome" CHECK ("outcome" IN ('passed','held','approved','rejected')), CONSTRAINT "PK_c7360edcc9b204f1ffeddfa40ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_merchant_response_versions_response_version" ON "merchant_response_versions"  ("response_id", "version") `);
    await queryRunner.query(`CREATE TABLE "response_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "response_id" uuid NOT NULL, "version" integer NOT NULL, "decision" text NOT NULL, "reason_code" text, "note" text, "screening" jsonb NOT NULL DEFAULT '[]'::jsonb, "actor_type" text NOT NULL, "actor_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_response_decisions_decision" CHECK ("decision" IN ('approve','reject')), CONSTRAINT "PK_f5299faa78e86ab417c53aca44b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_response_decisions_response_created" ON "response_decisions"  ("response_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "review_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "merchant_id" uuid NOT NULL, "reason_code" text NOT NULL, "note" text, "state" text NOT NULL, "created_by_key_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_review_flags_state" CHECK ("state" IN ('open','resolved')), CONSTRAINT "PK_ac269e768df1e647b806d68db5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_review_flags_merchant_created" ON "review_flags"  ("merchant_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_flags_open_per_reason" ON "review_flags"  ("review_id", "reason_code") WHERE "state" = 'open'`);
    await queryRunner.query(`ALTER TABLE "published_events" ADD CONSTRAINT "FK_9e2c71641e3c19a623a26c77598" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "published_events" ADD CONSTRAINT "FK_f430e05b9942ddf5d33c1cd6ab4" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_e308b8afb259d97b99a84e47231" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_df528cf77e82f8032230e7e37d8" FOREIGN KEY ("channel_id") REFERENCES "channels"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhooks" ADD CONSTRAINT "FK_99a73e32635018034f3ee823f11" FOREIGN KEY ("owner_key_id") REFERENCES "api_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f" FOREIGN KEY ("event_id") REFERENCES "published_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "product_rating_aggregates" ADD CONSTRAINT "FK_c9c257393e8c8c084d7aa36e43e" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "merchant_responses" ADD CONSTRAINT "FK_a0f0c47d3fbd97c959f8a38b8ad" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "merchant_responses" ADD CONSTRAINT "FK_0a4491d5f3712b556ea0d4ee2e9" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "merchant_response_versions" ADD CONSTRAINT "FK_e44566b9ed6d3818221d919db7d" FOREIGN KEY ("response_id") REFERENCES "merchant_responses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "response_decisions" ADD CONSTRAINT "FK_610f6679690212dc24a177dd7e3" FOREIGN KEY ("response_id") REFERENCES "merchant_responses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD CONSTRAINT "FK_ca1f1c23679de756ba062a8ce54" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_flags" ADD CONSTRAINT "FK_d834e61d1a3f9fb8b2c24f27605" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // Rating aggregates: adjusted in the writer's transaction whenever a rated review enters or leaves the public set.
    await queryRunner.query(`
      CREATE FUNCTION candor_rating_aggregate_apply(p_product uuid, p_sign integer, p_rating integer, p_verification text, p_incentivized boolean, p_at timestamptz)
      RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        w double precision := power(2::double precision, extract(epoch FROM (p_at - timestamptz '2020-01-01 00:00:00+00'))::double precision / (180 * 86400));
      BEGIN
        INSERT INTO product_rating_aggregates AS a (product_id, rating_count, rating_sum, count1, count2, count3, count4, count5,
               verified_count, verified_sum, incentivized_count, recency_weight, recency_weighted_sum, version, updated_at)
        VALUES (p_product, p_sign, p_sign * p_rating,
               CASE WHEN p_rating = 1 THEN p_sign ELSE 0 END, CASE WHEN p_rating = 2 THEN p_sign ELSE 0 END,
               CASE WHEN p_rating = 3 THEN p_sign ELSE 0 END, CASE WHEN p_rating = 4 THEN p_sign ELSE 0 END,
               CASE WHEN p_rating = 5 THEN p_sign ELSE 0 END,
               CASE WHEN p_verification <> 'none' THEN p_sign ELSE 0 END, CASE WHEN p_verification <> 'none' THEN p_sign * p_rating ELSE 0 END,
               CASE WHEN p_incentivized THEN p_sign ELSE 0 END, p_sign * w, p_sign * w * p_rating, 1, now())
        ON CONFLICT (product_id) DO UPDATE SET
          rating_count = a.rating_count + EXCLUDED.rating_count, rating_sum = a.rating_sum + EXCLUDED.rating_sum,
          count1 = a.count1 + EXCLUDED.count1, count2 = a.count2 + EXCLUDED.count2, count3 = a.count3 + EXCLUDED.count3,
          count4 = a.count4 + EXCLUDED.count4, count5 = a.count5 + EXCLUDED.count5,
          verified_count = a.verified_count + EXCLUDED.verified_count, verified_sum = a.verified_sum + EXCLUDED.verified_sum,
          incentivized_count = a.incentivized_count + EXCLUDED.incentivized_count,
          recency_weight = a.recency_weight + EXCLUDED.recency_weight, recency_weighted_sum = a.recency_weighted_sum + EXCLUDED.recency_weighted_sum,
          version = a.version + 1, updated_at = now();
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION candor_reviews_rating_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        was boolean := TG_OP = 'UPDATE' AND OLD.kind = 'review' AND OLD.rating IS NOT NULL AND OLD.status IN ('published','folded');
        now_counts boolean := NEW.kind = 'review' AND NEW.rating IS NOT NULL AND NEW.status IN ('published','folded');
      BEGIN
        -- published <-> folded with the same figures changes nothing the rating shows: keep the version (and ETag).
        IF was AND now_counts AND OLD.product_id = NEW.product_id AND OLD.rating = NEW.rating AND OLD.verification = NEW.verification
           AND OLD.incentivized = NEW.incentivized AND LEAST(OLD.submitted_at, OLD.received_at) = LEAST(NEW.submitted_at, NEW.received_at) THEN
          was := false;
          now_counts := false;
        END IF;
        IF was THEN
          PERFORM candor_rating_aggregate_apply(OLD.product_id, -1, OLD.rating, OLD.verification, OLD.incentivized, LEAST(OLD.submitted_at, OLD.received_at));
        END IF;
        IF now_counts THEN
          PERFORM candor_rating_aggregate_apply(NEW.product_id, 1, NEW.rating, NEW.verification, NEW.incentivized, LEAST(NEW.submitted_at, NEW.received_at));
        END IF;
        -- Storefront caches in every API process drop this product's entries when the transaction commits.
        PERFORM pg_notify('candor_product_changed', NEW.product_id::text);
        IF TG_OP = 'UPDATE' AND OLD.product_id <> NEW.product_id THEN
          PERFORM pg_notify('candor_product_changed', OLD.product_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_reviews_rating_aggregate_insert" AFTER INSERT ON "reviews"
      FOR EACH ROW WHEN (NEW.status IN ('published','folded')) EXECUTE FUNCTION candor_reviews_rating_aggregate()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_reviews_rating_aggregate_update"
      AFTER UPDATE OF status, rating, verification, incentivized, product_id, kind, submitted_at, received_at ON "reviews"
      FOR EACH ROW WHEN (OLD.status IN ('published','folded') OR NEW.status IN ('published','folded')) EXECUTE FUNCTION candor_reviews_rating_aggregate()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_response_decisions_append_only" BEFORE UPDATE OR DELETE ON "response_decisions"
      FOR EACH ROW EXECUTE FUNCTION candor_reject_change('response decisions are append-only')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "TRG_response_decisions_append_only" ON "response_decisions"');
    await queryRunner.query('DROP TRIGGER "TRG_reviews_rating_aggregate_update" ON "reviews"');
    await queryRunner.query('DROP TRIGGER "TRG_reviews_rating_aggregate_insert" ON "reviews"');
    await queryRunner.query('DROP FUNCTION candor_reviews_rating_aggregate()');
    await queryRunner.query('DROP FUNCTION candor_rating_aggregate_apply(uuid, integer, integer, text, boolean, timestamptz)');
    await queryRunner.query(`ALTER TABLE "review_flags" DROP CONSTRAINT "FK_d834e61d1a3f9fb8b2c24f27605"`);
    await queryRunner.query(`ALTER TABLE "review_flags" DROP CONSTRAINT "FK_ca1f1c23679de756ba062a8ce54"`);
    await queryRunner.query(`ALTER TABLE "response_decisions" DROP CONSTRAINT "FK_610f6679690212dc24a177dd7e3"`);
    await queryRunner.query(`ALTER TABLE "merchant_response_versions" DROP CONSTRAINT "FK_e44566b9ed6d3818221d919db7d"`);
    await queryRunner.query(`ALTER TABLE "merchant_responses" DROP CONSTRAINT "FK_0a4491d5f3712b556ea0d4ee2e9"`);
    await queryRunner.query(`ALTER TABLE "merchant_responses" DROP CONSTRAINT "FK_a0f0c47d3fbd97c959f8a38b8ad"`);
    await queryRunner.query(`ALTER TABLE "product_rating_aggregates" DROP CONSTRAINT "FK_c9c257393e8c8c084d7aa36e43e"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_27d1ee90033bdafe0ffe8f1be6f"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_99a73e32635018034f3ee823f11"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_df528cf77e82f8032230e7e37d8"`);
    await queryRunner.query(`ALTER TABLE "webhooks" DROP CONSTRAINT "FK_e308b8afb259d97b99a84e47231"`);
    await queryRunner.query(`ALTER TABLE "published_events" DROP CONSTRAINT "FK_f430e05b9942ddf5d33c1cd6ab4"`);
    await queryRunner.query(`ALTER TABLE "published_events" DROP CONSTRAINT "FK_9e2c71641e3c19a623a26c77598"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_review_flags_open_per_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_review_flags_merchant_created"`);
    await queryRunner.query(`DROP TABLE "review_flags"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_response_decisions_response_created"`);
    await queryRunner.query(`DROP TABLE "response_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_merchant_response_versions_response_version"`);
    await queryRunner.query(`DROP TABLE "merchant_response_versions"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_merchant_responses_public_per_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_merchant_responses_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_merchant_responses_state"`);
    await queryRunner.query(`DROP TABLE "merchant_responses"`);
    await queryRunner.query(`DROP TABLE "product_rating_aggregates"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_webhook_deliveries_webhook_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_webhook_deliveries_webhook_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_webhook_deliveries_unsent"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_webhooks_merchant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_webhooks_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_webhooks_storefront"`);
    await queryRunner.query(`DROP TABLE "webhooks"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_published_events_event_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_published_events_merchant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_published_events_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_published_events_public"`);
    await queryRunner.query(`DROP TABLE "published_events"`);
  }
}
