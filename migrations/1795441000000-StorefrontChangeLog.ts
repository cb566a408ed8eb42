import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ratings trigger function of 1795431803617, with its way of signalling a changed product as a parameter. */
const aggregateTrigger = (signalChange: string): string => `
      CREATE OR REPLACE FUNCTION candor_reviews_rating_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
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
${signalChange}
        RETURN NULL;
      END $$`;

const APPEND_CHANGE = `        -- Storefront caches drop this product's entries once StorefrontChangeRelay sees the committed row
        -- (a NOTIFY here would serialise every committing writer on PostgreSQL's notify queue lock).
        INSERT INTO storefront_changes (product_id) VALUES (NEW.product_id);
        IF TG_OP = 'UPDATE' AND OLD.product_id <> NEW.product_id THEN
          INSERT INTO storefront_changes (product_id) VALUES (OLD.product_id);
        END IF;`;

const NOTIFY_CHANGE = `        -- Storefront caches in every API process drop this product's entries when the transaction commits.
        PERFORM pg_notify('candor_product_changed', NEW.product_id::text);
        IF TG_OP = 'UPDATE' AND OLD.product_id <> NEW.product_id THEN
          PERFORM pg_notify('candor_product_changed', OLD.product_id::text);
        END IF;`;

/**
 * The table is generated from StorefrontChangeEntity; the trigger function is hand-written. The ratings
 * trigger used to pg_notify the product in the writer's transaction. PostgreSQL holds a database-wide lock
 * on its notify queue from a notifying transaction's pre-commit until its commit record is flushed, so
 * every moderation decision and scoring verdict that touched a public rating committed one at a time
 * (measured: 1,380 waits over 5 ms on that lock in a 25 s moderation bench; 5 row-lock waits without it).
 * The trigger now appends a row; StorefrontChangeRelay notifies the API processes in batches.
 */
export class StorefrontChangeLog1795441000000 implements MigrationInterface {
  public name = 'StorefrontChangeLog1795441000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "storefront_changes" ("id" BIGSERIAL NOT NULL, "product_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_storefront_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(aggregateTrigger(APPEND_CHANGE));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(aggregateTrigger(NOTIFY_CHANGE));
    await queryRunner.query(`DROP TABLE "storefront_changes"`);
  }
}
