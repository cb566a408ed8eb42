import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReviewAnalysisRepository } from '../ingestion/review-analysis.repository.js';
import { mapMerchantReview, mapPublicReview } from '../ingestion/review-views.js';
import { PUBLIC_STATUSES } from '../reviews/review-status.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import type { EventSnapshots } from './domain/event-snapshot.js';

/**
 * The review as each event audience may see it, read in the relay's transaction at publish time. Built with the
 * review GET's own view functions (storefront → mapPublicReview, merchant → mapMerchantReview), so an event never
 * shows more than that role's GET would. The public copy exists only while the review is in the public set: a
 * review that was removed, or has moved on to held/withheld by the time the relay runs, has none.
 */
@Injectable()
export class ReviewSnapshots {
  public constructor(
    private readonly reviews: ReviewsRepository,
    private readonly analysis: ReviewAnalysisRepository,
  ) {}

  public async forReviews(manager: EntityManager, reviewIds: string[]): Promise<Map<string, EventSnapshots>> {
    const ids = [...new Set(reviewIds)];
    if (ids.length === 0) return new Map();
    const [reviews, scores, refs] = await Promise.all([
      this.reviews.findByIds(ids, manager),
      this.analysis.findLatestScores(ids, manager),
      manager.query(
        `SELECT r.id, rv.display_name, ch.code, ch.type FROM reviews r JOIN reviewers rv ON rv.id = r.reviewer_id JOIN channels ch ON ch.id = r.channel_id
          WHERE r.id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<{ id: string; display_name: string | null; code: string; type: string }[]>,
    ]);
    const refOf = new Map(refs.map((r) => [r.id, r]));
    const out = new Map<string, EventSnapshots>();
    for (const review of reviews) {
      const ref = refOf.get(review.id);
      const name = ref?.display_name ?? null;
      const channel = ref ? { code: ref.code, type: ref.type } : { code: 'unknown', type: 'other' };
      const snapshots: EventSnapshots = { merchant: { ...mapMerchantReview(review, name, channel, scores.get(review.id) ?? null) } };
      if (PUBLIC_STATUSES.includes(review.status)) snapshots.public = { ...mapPublicReview(review, name, channel) };
      out.set(review.id, snapshots);
    }
    return out;
  }
}
