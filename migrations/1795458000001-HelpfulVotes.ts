import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Helpful votes (ReviewHelpfulVoteEntity) and their per-review count (ReviewHelpfulCountEntity).
 * The count is kept by a trigger in the voting transaction, which also appends the product to
 * storefront_changes so cached review pages (helpful sort, vote counts) are dropped.
 */
export class HelpfulVotes1795458000001 implements MigrationInterface {
  public name = 'HelpfulVotes1795458000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_helpful_votes" ("review_id" uuid NOT NULL, "shopper_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_review_helpful_votes" PRIMARY KEY ("review_id", "shopper_hash"))`);
    await queryRunner.query(`CREATE TABLE "review_helpful_counts" ("review_id" uuid NOT NULL, "votes" integer NOT NULL, CONSTRAINT "CHK_review_helpful_counts_votes" CHECK ("votes" >= 0), CONSTRAINT "PK_review_helpful_counts" PRIMARY KEY ("review_id"))`);
    await queryRunner.query(`ALTER TABLE "review_helpful_votes" ADD CONSTRAINT "FK_review_helpful_votes_review_id" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_helpful_counts" ADD CONSTRAINT "FK_review_helpful_counts_review_id" FOREIGN KEY ("review_id") REFERENCES "reviews"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`
      CREATE FUNCTION candor_review_helpful_count() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO review_helpful_counts (review_id, votes) VALUES (NEW.review_id, 1)
          ON CONFLICT (review_id) DO UPDATE SET votes = review_helpful_counts.votes + 1;
        INSERT INTO storefront_changes (product_id) SELECT product_id FROM reviews WHERE id = NEW.review_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER review_helpful_count AFTER INSERT ON review_helpful_votes FOR EACH ROW EXECUTE FUNCTION candor_review_helpful_count()`);
    // Votes are never withdrawn or edited: the count only grows, as the trigger assumes.
    await queryRunner.query(`CREATE TRIGGER "TRG_review_helpful_votes_append_only" BEFORE UPDATE OR DELETE ON "review_helpful_votes"
      FOR EACH ROW EXECUTE FUNCTION candor_reject_change('helpful votes are append-only')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "review_helpful_counts"`);
    await queryRunner.query(`DROP TABLE "review_helpful_votes"`);
    await queryRunner.query(`DROP FUNCTION candor_review_helpful_count()`);
  }
}
