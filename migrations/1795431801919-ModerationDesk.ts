import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation desk (issue 4): reports, appeals, escalation, senior moderators, queue rank.
 * Hand-written (not `migration:generate`, which would pick up other modules' entities); the table/index
 * statements match the entities exactly. The rank function and trigger cannot be generated.
 */
export class ModerationDesk1795431801919 implements MigrationInterface {
  public name = 'ModerationDesk1795431801919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "moderation_appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "statement" text NOT NULL, "state" text NOT NULL, "original_actor_id" text, "claimed_by" text, "lease_until" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "outcome" text, "decided_by" text, "outcome_decision_id" uuid, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_moderation_appeals_independent" CHECK ("original_actor_id" IS NULL OR (("claimed_by" IS NULL OR "claimed_by" <> "original_actor_id") AND ("decided_by" IS NULL OR "decided_by" <> "original_actor_id"))), CONSTRAINT "CHK_moderation_appeals_outcome" CHECK (("state" = 'decided') = ("outcome" IS NOT NULL) AND ("outcome" IS NULL OR "outcome" IN ('uphold','overturn'))), CONSTRAINT "CHK_moderation_appeals_state" CHECK ("state" IN ('open','claimed','decided')), CONSTRAINT "PK_a17d92c64cdaa6d75488dde46c6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_appeals_review" ON "moderation_appeals"  ("review_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_appeals_state_created" ON "moderation_appeals"  ("state", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_moderation_appeals_decision" ON "moderation_appeals"  ("decision_id") `);
    await queryRunner.query(`CREATE TABLE "moderation_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "reporter_ref" text NOT NULL, "reporter_role" text NOT NULL, "reporter_key_id" uuid NOT NULL, "reporter_merchant_id" uuid, "reason_code" text NOT NULL, "note" text, "weight" double precision NOT NULL, "state" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution_decision_id" uuid, CONSTRAINT "CHK_moderation_reports_resolved" CHECK (("state" = 'open') = ("resolved_at" IS NULL)), CONSTRAINT "CHK_moderation_reports_reason" CHECK ("reason_code" IN ('spam','fake_or_not_genuine','incentivised_undisclosed','conflict_of_interest','off_topic','personal_data','abuse_harassment','illegal_content','duplicate','other')), CONSTRAINT "CHK_moderation_reports_state" CHECK ("state" IN ('open','upheld','rejected')), CONSTRAINT "PK_a40784ec3803830fe974b4b85fb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_reports_review" ON "moderation_reports"  ("review_id", "state") `);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_reports_reporter" ON "moderation_reports"  ("reporter_ref", "state") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_moderation_reports_open_per_reporter" ON "moderation_reports"  ("review_id", "reporter_ref") WHERE "state" = 'open'`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "senior" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "escalated" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "product_exposure" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "queue_rank" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "report_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "report_weight" double precision NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "decided_by" text`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD "decision_record_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_decided_at" ON "moderation_items"  ("decided_at") WHERE "decided_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_review_created" ON "moderation_items"  ("review_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_moderation_items_rank" ON "moderation_items"  ("queue_rank", "id") WHERE "state" IN ('open','claimed')`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "CHK_api_keys_senior_role" CHECK (NOT "senior" OR "role" IN ('admin','moderator'))`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" ADD CONSTRAINT "FK_3cc8b2f8b502b10c8e65bef21fc" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" ADD CONSTRAINT "FK_552590f2ca4977c6f629bc31a0a" FOREIGN KEY ("decision_id") REFERENCES "decision_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" ADD CONSTRAINT "FK_13140338d1b640116ec6d92e432" FOREIGN KEY ("outcome_decision_id") REFERENCES "decision_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_items" ADD CONSTRAINT "FK_8fe160c307107cac525dd51c256" FOREIGN KEY ("decision_record_id") REFERENCES "decision_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" ADD CONSTRAINT "FK_5b8f42c96444e14672a01e0dcd0" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" ADD CONSTRAINT "FK_9d3fe67e0bd9eed45582157093c" FOREIGN KEY ("reporter_key_id") REFERENCES "api_keys"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" ADD CONSTRAINT "FK_908977602c1355855a178ed2cd3" FOREIGN KEY ("reporter_merchant_id") REFERENCES "merchants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" ADD CONSTRAINT "FK_31ea615a92a90052b064c875035" FOREIGN KEY ("resolution_decision_id") REFERENCES "decision_records"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Same formula as src/moderation/domain/queue-rank.ts (queueRankKey); test/e2e/moderation-queue compares them.
    await queryRunner.query(`
      CREATE FUNCTION moderation_queue_rank(priority double precision, fake_score double precision, exposure integer, created_at timestamptz)
      RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
        SELECT priority + 20 * fake_score + LEAST(20, 5 * ln(1 + GREATEST(exposure, 0)) / ln(2))
               - 2 * (extract(epoch FROM created_at)::double precision / 3600)
      $$`);
    // Items are also opened by the scorer's own SQL, so the rank is kept here rather than in every writer.
    // Exposure counts at most 16 published reviews: the boost is saturated from 15 on, and a capped count stays cheap.
    await queryRunner.query(`
      CREATE FUNCTION moderation_items_rank() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT count(*) INTO NEW.product_exposure FROM (
            SELECT 1 FROM reviews p
             WHERE p.product_id = (SELECT r.product_id FROM reviews r WHERE r.id = NEW.review_id) AND p.status = 'published'
             LIMIT 16) published;
        END IF;
        NEW.queue_rank := moderation_queue_rank(NEW.priority, NEW.fake_score, NEW.product_exposure, NEW.created_at);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_moderation_items_rank" BEFORE INSERT OR UPDATE OF priority, fake_score, product_exposure, created_at
      ON "moderation_items" FOR EACH ROW EXECUTE FUNCTION moderation_items_rank()`);
    await queryRunner.query(`UPDATE "moderation_items" SET queue_rank = moderation_queue_rank(priority, fake_score, product_exposure, created_at)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "TRG_moderation_items_rank" ON "moderation_items"');
    await queryRunner.query('DROP FUNCTION moderation_items_rank()');
    await queryRunner.query('DROP FUNCTION moderation_queue_rank(double precision, double precision, integer, timestamptz)');
    await queryRunner.query(`ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_31ea615a92a90052b064c875035"`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_908977602c1355855a178ed2cd3"`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_9d3fe67e0bd9eed45582157093c"`);
    await queryRunner.query(`ALTER TABLE "moderation_reports" DROP CONSTRAINT "FK_5b8f42c96444e14672a01e0dcd0"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP CONSTRAINT "FK_8fe160c307107cac525dd51c256"`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" DROP CONSTRAINT "FK_13140338d1b640116ec6d92e432"`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" DROP CONSTRAINT "FK_552590f2ca4977c6f629bc31a0a"`);
    await queryRunner.query(`ALTER TABLE "moderation_appeals" DROP CONSTRAINT "FK_3cc8b2f8b502b10c8e65bef21fc"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "CHK_api_keys_senior_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_items_rank"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_items_review_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_items_decided_at"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "decision_record_id"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "decided_by"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "report_weight"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "report_count"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "queue_rank"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "product_exposure"`);
    await queryRunner.query(`ALTER TABLE "moderation_items" DROP COLUMN "escalated"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "senior"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_reports_open_per_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_reports_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_reports_review"`);
    await queryRunner.query(`DROP TABLE "moderation_reports"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_moderation_appeals_decision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_appeals_state_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_moderation_appeals_review"`);
    await queryRunner.query(`DROP TABLE "moderation_appeals"`);
  }
}
