import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../common/auth/auth-context.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import type { DecisionRecordEntity } from './decision-record.entity.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { buildStatement, type Statement } from './domain/statement.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';

/** Statements of reasons for authors, served to the review's channel (which relays them) and to staff. */
@Injectable()
export class DecisionStatementsService {
  public constructor(
    private readonly records: DecisionRecordsService,
    private readonly reviews: ReviewsRepository,
  ) {}

  public async forDecision(auth: AuthContext, decisionId: string): Promise<Statement> {
    const decision = await this.records.findById(decisionId);
    if (!decision || !(await this.visible(auth, decision.reviewId))) throw new ModerationError(ModerationErrorCode.DecisionNotFound, `No decision ${decisionId}`);
    return this.statement(decision);
  }

  /** The latest decision on the review: what the author is living with now. */
  public async forReview(auth: AuthContext, reviewId: string): Promise<Statement> {
    if (!(await this.visible(auth, reviewId))) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${reviewId}`);
    const decision = await this.records.findLatestForReview(reviewId);
    if (!decision) throw new ModerationError(ModerationErrorCode.DecisionNotFound, `No decision on review ${reviewId} yet`);
    return this.statement(decision);
  }

  private async visible(auth: AuthContext, reviewId: string): Promise<boolean> {
    const review = await this.reviews.findById(reviewId);
    return review !== null && (auth.role !== 'channel' || review.channelId === auth.channelId);
  }

  private statement(d: DecisionRecordEntity): Statement {
    const reasonText = typeof d.facts.reasonText === 'string' ? d.facts.reasonText : null;
    return buildStatement({
      decisionId: d.id, reviewId: d.reviewId, action: d.action, fromStatus: d.fromStatus, toStatus: d.toStatus, reasonCode: d.reasonCode,
      reasonText, automated: d.automated, decidedAt: d.createdAt, redress: d.redress,
    });
  }
}
