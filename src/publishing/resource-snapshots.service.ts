import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReviewAnalysisRepository } from '../ingestion/review-analysis.repository.js';
import { mapMerchantReview, mapPublicReview } from '../ingestion/review-views.js';
import { mapStorefrontReply } from '../ratings/storefront-views.js';
import { mapResponse } from '../responses/response-views.js';
import { ResponsesRepository } from '../responses/responses.repository.js';
import { PUBLIC_STATUSES } from '../reviews/review-status.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import type { EventSnapshots } from './domain/event-snapshot.js';

/**
 * The resource of an event as each audience may see it, read in the relay's transaction at publish time, with the
 * view functions that role's GET uses, so an event never shows more than that GET would:
 * reviews: storefront → mapPublicReview, merchant → mapMerchantReview (GET /v1/reviews/:id); the public copy exists
 * only while the review is in the public set (removed, or moved on to held/withheld by relay time: none).
 * responses: merchant → mapResponse (GET /v1/reviews/:id/responses); storefront → the reply as the review list
 * shows it (mapStorefrontReply), only while a public version is published.
 * Read-only here: the reviews, scoring and responses modules write these tables.
 */
@Injectable()
export class ResourceSnapshots {
  public constructor(
    private readonly reviews: ReviewsRepository,
    private readonly analysis: ReviewAnalysisRepository,
    private readonly responses: ResponsesRepository,
  ) {}

  public async forResponses(manager: EntityManager, responseIds: string[]): Promise<Map<string, EventSnapshots>> {
    const ids = [...new Set(responseIds)];
    if (ids.length === 0) return new Map();
    const [rows, versions] = await Promise.all([
      Promise.all(ids.map((id) => this.responses.findById(id, manager))), this.responses.versions(ids, manager),
    ]);
    const out = new Map<string, EventSnapshots>();
    for (const r of rows) {
      if (!r) continue;
      const view = mapResponse(r, versions.filter((v) => v.responseId === r.id));
      const reply = r.visibility === 'public' ? mapStorefrontReply(view.publishedBody, r.publications, r.publishedAt) : null;
      out.set(r.id, { merchant: { ...view }, ...(reply ? { public: { ...reply } } : {}) });
    }
    return out;
  }

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
