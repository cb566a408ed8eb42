import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class HelpfulVotesRepository {
  public constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records the vote unless this shopper already voted for this review (the trigger counts it);
   * undefined when the review is not publicly listed. One statement, so two concurrent votes of
   * one shopper count once.
   */
  public async vote(reviewId: string, shopperHash: string): Promise<{ recorded: boolean; votes: number } | undefined> {
    const rows: { recorded: boolean }[] = await this.db.query(
      `WITH target AS (SELECT id FROM reviews WHERE id = $1 AND kind = 'review' AND status IN ('published', 'folded')),
            inserted AS (INSERT INTO review_helpful_votes (review_id, shopper_hash) SELECT id, $2 FROM target ON CONFLICT DO NOTHING RETURNING review_id)
       SELECT EXISTS (SELECT 1 FROM inserted) AS recorded FROM target`,
      [reviewId, shopperHash],
    );
    if (!rows[0]) return undefined;
    const counts: { votes: number }[] = await this.db.query('SELECT votes FROM review_helpful_counts WHERE review_id = $1', [reviewId]);
    return { recorded: rows[0].recorded, votes: counts[0]?.votes ?? 0 };
  }
}
