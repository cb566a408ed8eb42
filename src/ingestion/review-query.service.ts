import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { assertUnreachable } from '../common/errors/domain-error.js';
import { DecisionRecordsService } from '../moderation/decision-records.service.js';
import { PUBLIC_STATUSES } from '../reviews/review-status.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';
import { ReviewAnalysisRepository } from './review-analysis.repository.js';
import type { ReviewViewDto } from './review-view.dto.js';
import { mapChannelReview, mapMerchantReview, mapPublicReview, mapStaffReview } from './review-views.js';

/**
 * One review, shaped by who asks (review-views.ts): moderation internals (notes, signals, weights, actors) and
 * the fraud analysis for staff only; the owning merchant sees language, sentiment and aspects.
 */
@Injectable()
export class ReviewQueryService {
  public constructor(
    private readonly reviews: ReviewsRepository,
    private readonly decisions: DecisionRecordsService,
    private readonly analysis: ReviewAnalysisRepository,
  ) {}

  public async get(auth: AuthContext, id: string): Promise<ReviewViewDto> {
    const review = await this.reviews.findById(id);
    if (!review || !this.canSee(auth, review)) throw new IngestionError(IngestionErrorCode.ReviewNotFound, `No review ${id}`);
    const [name, channel] = await Promise.all([this.reviews.findReviewerName(review.reviewerId), this.reviews.findChannelCode(review.channelId)]);
    const channelView = channel ?? { code: 'unknown', type: 'other' };
    switch (auth.role) {
      case 'storefront':
        return mapPublicReview(review, name, channelView);
      case 'merchant':
        return mapMerchantReview(review, name, channelView, await this.analysis.findLatestScore(id));
      case 'channel': {
        const [revisions, decisions] = await Promise.all([this.reviews.listRevisions(id), this.decisions.listForReview(id)]);
        return mapChannelReview(review, name, channelView, revisions, decisions);
      }
      case 'admin':
      case 'moderator': {
        const [revisions, decisions, score] = await Promise.all([
          this.reviews.listRevisions(id), this.decisions.listForReview(id), this.analysis.findLatestScore(id),
        ]);
        return mapStaffReview(review, name, channelView, revisions, decisions, score);
      }
      default:
        return assertUnreachable(auth.role);
    }
  }

  private canSee(auth: AuthContext, review: ReviewEntity): boolean {
    switch (auth.role) {
      case 'admin':
      case 'moderator':
        return true;
      case 'merchant':
        return review.merchantId === auth.merchantId;
      case 'channel':
        return review.channelId === auth.channelId;
      case 'storefront':
        return PUBLIC_STATUSES.includes(review.status);
      default:
        return assertUnreachable(auth.role);
    }
  }
}
