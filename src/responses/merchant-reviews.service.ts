import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor.js';
import type { ReportOutcome } from '../moderation/domain/report-outcome.js';
import { ModerationReportsService } from '../moderation/moderation-reports.service.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import { maskDisplayName } from '../reviews/domain/mask-display-name.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { mapFlag, type FlagView } from './flag-views.js';
import type { MerchantReviewListItemDto } from './merchant-review-list.dto.js';
import { MerchantReviewsRepository, type MerchantReviewRow } from './merchant-reviews.repository.js';
import type { FlagReviewDto, MerchantReviewsQueryDto } from './responses.dto.js';
import { ResponsesError, ResponsesErrorCode } from './responses.error.js';
import { ResponsesRepository } from './responses.repository.js';
import { mapResponse, type ResponseView } from './response-views.js';

export type MerchantReviewListItem = MerchantReviewListItemDto;

const mapItem = (r: MerchantReviewRow): MerchantReviewListItem => ({
  id: r.id, productId: r.product_id, channel: { code: r.channel_code, type: r.channel_type }, rating: r.rating, title: r.title, body: r.body,
  language: r.language, author: maskDisplayName(r.display_name), verification: r.verification, incentivized: r.incentivized, status: r.status,
  edited: r.revision > 1, sentiment: r.sentiment_label, sentimentScore: r.sentiment_score, aspects: r.aspects ?? [], negative: r.negative, answered: r.answered,
  response: r.response_id ? { id: r.response_id, state: r.response_state as string } : null, flags: r.flags,
  submittedAt: r.submitted_at.toISOString(), receivedAt: r.received_at.toISOString(),
});

/** The merchant's inbox of reviews about its products, its flags, and the replies on one review. */
@Injectable()
export class MerchantReviewsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: MerchantReviewsRepository,
    private readonly responses: ResponsesRepository,
    private readonly reviews: ReviewsRepository,
    private readonly outbox: OutboxService,
    private readonly moderationReports: ModerationReportsService,
    private readonly clock: Clock,
  ) {}

  public async list(auth: AuthContext, q: MerchantReviewsQueryDto): Promise<{ data: MerchantReviewListItem[]; nextCursor: string | null }> {
    if (auth.role === 'merchant' && q.merchantId && q.merchantId !== auth.merchantId) throw new ResponsesError(ResponsesErrorCode.OutOfScope, 'Merchant keys list their own reviews only');
    const merchantId = auth.role === 'merchant' ? auth.merchantId : q.merchantId ?? null;
    if (!merchantId) throw new ResponsesError(ResponsesErrorCode.MerchantRequired, 'merchantId is required for staff keys');
    const sort = q.sort ?? 'recent';
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor, sort, ['number', 'string', 'string']);
    if (q.cursor !== undefined && !after) throw new ResponsesError(ResponsesErrorCode.InvalidCursor, 'cursor is malformed or from another sort order');
    const limit = q.limit ?? 20;
    const rows = await this.repo.list({ merchantId, sort, answered: q.answered, negative: q.negative, channel: q.channel, aspect: q.aspect, sentiment: q.sentiment, status: q.status, after, limit });
    const last = rows.at(-1);
    return { data: rows.map(mapItem), nextCursor: rows.length === limit && last ? encodeCursor(sort, [Number(last.k_rank), last.k_time, last.id]) : null };
  }

  public async responsesFor(auth: AuthContext, reviewId: string): Promise<{ data: ResponseView[] }> {
    const review = await this.reviews.findById(reviewId);
    if (!review || (auth.role === 'merchant' && review.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ReviewNotFound, `No review ${reviewId}`);
    const rows = await this.responses.listForReview(reviewId);
    const versions = await this.responses.versions(rows.map((r) => r.id));
    return { data: rows.map((r) => mapResponse(r, versions.filter((v) => v.responseId === r.id))) };
  }

  /**
   * A flag asks moderation to look; it never changes what the public sees. It is filed as a moderation report
   * (weighted by the merchant's record of upheld and rejected flags and reports), in this transaction.
   * Idempotent per (merchant, review) while the report is open: a repeat answers the open flag.
   */
  public async flag(auth: AuthContext, reviewId: string, dto: FlagReviewDto): Promise<{ flag: FlagView; created: boolean }> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const review = await this.reviews.findById(reviewId, manager);
      if (!review || (auth.role === 'merchant' && review.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ReviewNotFound, `No review ${reviewId}`);
      const filed = await this.moderationReports.file(manager, auth, reviewId, { reasonCode: dto.reasonCode, note: dto.note }, now);
      const open: ReportOutcome = { status: 'open', decidedAt: null, action: null, reasonCode: null, reason: null };
      const existing = filed.created ? null : await this.responses.flagForReport(manager, filed.report.id);
      if (existing) return { flag: mapFlag(existing, open), created: false };
      // A repeat of an open report made through /reports becomes this flag, with that report's reason (what moderators see).
      const flag = await this.responses.insertFlag(manager, {
        reviewId, merchantId: review.merchantId, reasonCode: filed.report.reasonCode, note: filed.report.note, reportId: filed.report.id,
        createdByKeyId: auth.keyId, createdAt: now,
      });
      await this.outbox.append(manager, [{
        topic: OutboxTopic.ReviewFlagged, aggregateType: 'review', aggregateId: reviewId,
        payload: { flagId: flag.id, reasonCode: flag.reasonCode, merchantId: review.merchantId, productId: review.productId, reporterRole: auth.role },
      }], now);
      return { flag: mapFlag(flag, open), created: true };
    });
  }

  /** The merchant's own flags on a review with their outcome (staff see every flag on it). */
  public async flagsFor(auth: AuthContext, reviewId: string): Promise<{ data: FlagView[] }> {
    const review = await this.reviews.findById(reviewId);
    if (!review || (auth.role === 'merchant' && review.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ReviewNotFound, `No review ${reviewId}`);
    const flags = await this.responses.flagsForReview(reviewId, auth.role === 'merchant' ? review.merchantId : null);
    const outcomes = await this.moderationReports.outcomes(flags.flatMap((f) => (f.reportId ? [f.reportId] : [])));
    return { data: flags.map((f) => mapFlag(f, f.reportId ? outcomes.get(f.reportId) : undefined)) };
  }
}
