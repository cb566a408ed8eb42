import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { CommonError, CommonErrorCode } from '../common/errors/common-error.js';
import { PUBLIC_STATUSES, type ReviewStatus } from '../reviews/review-status.js';
import { ReviewStatusWriter, type DecidableReview } from '../reviews/review-status.writer.js';
import { invalidFlagRate, raisedPriority, reportBoost, reporterAccuracy } from './domain/reporter-accuracy.js';
import { reportOutcome, type ReportOutcome } from './domain/report-outcome.js';
import type { ReportersQueryDto, ReportReviewDto } from './moderation.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationItemsRepository } from './moderation-items.repository.js';
import { ModerationReadRepository } from './moderation-read.repository.js';
import { ModerationReportsRepository } from './moderation-reports.repository.js';
import { mapReport, type ReportResult } from './moderation-views.js';

export class ReporterView {
  @ApiProperty({ type: 'string' })
  public reporterRef: string;

  @ApiProperty({ type: 'string' })
  public role: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public merchantId: string | null;

  @ApiProperty({ type: 'number' })
  public reports: number;

  @ApiProperty({ type: 'number' })
  public open: number;

  @ApiProperty({ type: 'number' })
  public upheld: number;

  @ApiProperty({ type: 'number' })
  public rejected: number;

  @ApiProperty({ type: 'number', description: 'Upheld ÷ resolved with a Beta(2,2) prior: the weight the next report gets.' })
  public accuracy: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'Rejected ÷ resolved; null before any report was resolved.' })
  public invalidFlagRate: number | null;
}

/** What a report carries: the storefront's shopper reference, or nothing more for a merchant's flag. */
export type ReportInput = Pick<ReportReviewDto, 'reasonCode' | 'note' | 'shopperRef'>;

/** Accuracy is tracked per merchant (not per key) so a merchant cannot reset it by minting keys. */
function reporterRef(auth: AuthContext, shopperRef: string | undefined): string {
  if (shopperRef !== undefined && auth.role !== 'storefront') {
    throw new CommonError(CommonErrorCode.ValidationFailed, 'shopperRef is only for storefront keys reporting on behalf of a shopper');
  }
  if (auth.role === 'merchant') return `merchant:${auth.merchantId}`;
  return shopperRef ? `key:${auth.keyId}:${shopperRef}` : `key:${auth.keyId}`;
}

@Injectable()
export class ModerationReportsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewStatusWriter,
    private readonly items: ModerationItemsRepository,
    private readonly reports: ModerationReportsRepository,
    private readonly read: ModerationReadRepository,
    private readonly clock: Clock,
  ) {}

  public async report(auth: AuthContext, reviewId: string, dto: ReportReviewDto): Promise<ReportResult> {
    const now = this.clock.now();
    return this.db.transaction((manager) => this.file(manager, auth, reviewId, dto, now));
  }

  /**
   * Files a report in the caller's transaction. Merchant flags (ResponsesModule) come through here too, so a
   * flag opens or weighs on the review's moderation item exactly like a report, with the same reporter record:
   * a merchant's flags and reports count toward one accuracy.
   */
  public async file(manager: EntityManager, auth: AuthContext, reviewId: string, dto: ReportInput, now: Date): Promise<ReportResult> {
    const ref = reporterRef(auth, dto.shopperRef);
    const review = await this.reviews.lockForDecision(manager, reviewId);
    this.assertReportable(auth, review, reviewId);
    const accuracy = reporterAccuracy(await this.reports.resolvedCounts(manager, ref));
    const inserted = await this.reports.insert(manager, {
      reviewId, reporterRef: ref, reporterRole: auth.role, reporterKeyId: auth.keyId, reporterMerchantId: auth.merchantId,
      reasonCode: dto.reasonCode, note: dto.note ?? null, weight: accuracy,
    }, now);
    if (!inserted) {
      const existing = await this.reports.findOpen(manager, reviewId, ref);
      const item = await this.items.lockOpenForReview(manager, reviewId);
      if (!existing || !item) throw new Error(`open report of ${ref} on ${reviewId} vanished inside its transaction`);
      return { report: mapReport(existing), created: false, item: { id: item.id, priority: item.priority, reportCount: item.reportCount } };
    }
    const itemId = await this.ensureItem(manager, reviewId, now);
    const item = await this.items.lock(manager, itemId);
    if (!item) throw new Error(`moderation item ${itemId} vanished inside its transaction`);
    const raised = await this.items.raiseForReport(manager, itemId, raisedPriority(item.priority, reportBoost(accuracy)), accuracy, dto.reasonCode);
    return { report: mapReport(inserted), created: true, item: { id: itemId, ...raised } };
  }

  /** Outcomes of reports by id, for their reporters (a merchant's flags): public parts of the decision only. */
  public async outcomes(reportIds: string[]): Promise<Map<string, ReportOutcome>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.reports.outcomes(this.db.manager, reportIds);
    return new Map(rows.map((r) => [r.id, reportOutcome({
      state: r.state, resolvedAt: r.resolved_at, action: r.action, reasonCode: r.reason_code, reasonText: r.reason_text,
    })]));
  }

  public async reporters(auth: AuthContext, query: ReportersQueryDto): Promise<ReporterView[]> {
    const merchantId = auth.role === 'merchant' ? (auth.merchantId ?? undefined) : undefined;
    const rows = await this.reports.reporterStats(this.db.manager, { role: merchantId ? 'merchant' : query.role, merchantId, limit: query.limit ?? 100 });
    return rows.map((r) => ({
      reporterRef: r.reporter_ref, role: r.reporter_role, merchantId: r.reporter_merchant_id, reports: r.total, open: r.open, upheld: r.upheld,
      rejected: r.rejected, accuracy: Math.round(reporterAccuracy(r) * 1000) / 1000, invalidFlagRate: invalidFlagRate(r),
    }));
  }

  /** Reports are about what shoppers can see; a merchant only reports reviews of its own products. */
  private assertReportable(auth: AuthContext, review: DecidableReview | null, reviewId: string): asserts review is DecidableReview {
    const hidden = !review || (auth.role === 'merchant' && review.merchantId !== auth.merchantId)
      || (auth.role === 'storefront' && !PUBLIC_STATUSES.includes(review.status as ReviewStatus));
    if (hidden) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${reviewId}`);
    if (!PUBLIC_STATUSES.includes(review.status as ReviewStatus)) {
      throw new ModerationError(ModerationErrorCode.NotReportable, `Only published reviews can be reported; this one is ${review.status}`);
    }
  }

  private async ensureItem(manager: EntityManager, reviewId: string, now: Date): Promise<string> {
    const open = await this.items.lockOpenForReview(manager, reviewId);
    if (open) return open.id;
    const score = await this.read.latestScore(manager, reviewId);
    return this.items.openIfNone(manager, { reviewId, priority: score?.priority ?? 0, fakeScore: score?.fake_score ?? 0, reasonCodes: ['reported'], source: 'report' }, now);
  }
}
