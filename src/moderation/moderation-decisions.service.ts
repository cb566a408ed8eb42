import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { OutboxTopic, type NewOutboxEvent } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import { ReviewStatusWriter, type DecidableReview } from '../reviews/review-status.writer.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { APPEAL_REDRESS } from './domain/appeal-window.js';
import { checkDecision, reportResolution, type DecisionOutcome } from './domain/decision-policy.js';
import type { BulkDecideDto, DecideItemDto } from './moderation.dto.js';
import { isSenior } from './moderation-claims.service.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationItemsRepository, type LockedItem } from './moderation-items.repository.js';
import { ModerationReadRepository } from './moderation-read.repository.js';
import { ModerationReportsRepository } from './moderation-reports.repository.js';
import type { BulkDecisionResult, BulkItemResult, DecisionResult, ReportRow } from './moderation-views.js';

type Decision = Omit<DecideItemDto, 'version'>;

const PROBLEM_CODES = {
  INVALID_TRANSITION: ModerationErrorCode.InvalidTransition,
  REASON_CODE_REQUIRED: ModerationErrorCode.ReasonCodeRequired,
  REASON_TEXT_REQUIRED: ModerationErrorCode.ReasonTextRequired,
} as const;

export const statementUrl = (decisionId: string): string => `/v1/decisions/${decisionId}/statement`;

/** Who may decide this item at this version; the order of checks gives the most useful error first. */
function assertMayDecide(auth: AuthContext, item: LockedItem, version: number): void {
  if (item.state === 'decided') throw new ModerationError(ModerationErrorCode.ItemClosed, 'This item has already been decided');
  if (item.escalated && !isSenior(auth)) throw new ModerationError(ModerationErrorCode.SeniorRequired, 'Escalated items are decided by senior moderators');
  if (auth.role !== 'admin' && (item.state !== 'claimed' || item.claimedBy !== auth.keyId)) {
    throw new ModerationError(ModerationErrorCode.NotClaimant, 'Claim the item before deciding it; only its current claimant may decide');
  }
  if (item.version !== version) {
    throw new ModerationError(ModerationErrorCode.StaleVersion, `The item changed (version ${item.version}, you sent ${version}); reload it`, { currentVersion: item.version });
  }
}

/** Human decisions: review status, item, append-only record, reports and outbox events change together. */
@Injectable()
export class ModerationDecisionsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly items: ModerationItemsRepository,
    private readonly reviews: ReviewStatusWriter,
    private readonly read: ModerationReadRepository,
    private readonly reports: ModerationReportsRepository,
    private readonly records: DecisionRecordsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  public decide(auth: AuthContext, itemId: string, dto: DecideItemDto): Promise<DecisionResult> {
    const { version, ...decision } = dto;
    return this.db.transaction((manager) => this.decideIn(manager, auth, itemId, version, decision, this.clock.now()));
  }

  /** Each item in its own transaction: one stale or foreign item does not sink the selection. */
  public async bulk(auth: AuthContext, dto: BulkDecideDto): Promise<BulkDecisionResult> {
    const { items, ...decision } = dto;
    const results: BulkItemResult[] = [];
    for (const { itemId, version } of items) {
      try {
        const result = await this.db.transaction((manager) => this.decideIn(manager, auth, itemId, version, decision, this.clock.now()));
        results.push({ itemId, ok: true, result });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ itemId, ok: false, error: { statusCode: error.status, code: error.code, message: error.message } });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return { succeeded, failed: results.length - succeeded, results };
  }

  private async decideIn(manager: EntityManager, auth: AuthContext, itemId: string, version: number, d: Decision, now: Date): Promise<DecisionResult> {
    const item = await this.items.lock(manager, itemId);
    if (!item) throw new ModerationError(ModerationErrorCode.ItemNotFound, `No moderation item ${itemId}`);
    assertMayDecide(auth, item, version);
    const review = await this.reviews.lockForDecision(manager, item.reviewId);
    if (!review) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${item.reviewId}`);
    const check = checkDecision(d.action, review.status, d.reasonCode, d.reasonText);
    if (!check.ok) throw new ModerationError(PROBLEM_CODES[check.problem], `Cannot ${d.action} a ${review.status} review: ${check.problem.toLowerCase().replaceAll('_', ' ')}`);
    const decisionId = await this.record(manager, auth, item, review, d, check.outcome, now);
    if (check.outcome.toStatus !== review.status) await this.reviews.setStatus(manager, review.id, check.outcome.toStatus, now);
    const newVersion = check.outcome.closesItem ? await this.items.close(manager, item.id, auth.keyId, decisionId, now) : await this.items.escalate(manager, item.id);
    const resolution = reportResolution(d.action);
    const resolved = resolution ? await this.reports.resolveOpen(manager, review.id, resolution, decisionId, now) : [];
    await this.outbox.append(manager, this.events(review, d, check.outcome, decisionId, resolved), now);
    return {
      itemId, reviewId: review.id, decisionId, action: d.action, fromStatus: review.status, toStatus: check.outcome.toStatus,
      item: { state: check.outcome.closesItem ? 'decided' : 'open', version: newVersion, escalated: item.escalated || check.outcome.escalates },
      statementUrl: statementUrl(decisionId),
    };
  }

  private async record(manager: EntityManager, auth: AuthContext, item: LockedItem, review: DecidableReview, d: Decision, o: DecisionOutcome, now: Date): Promise<string> {
    return this.records.recordOne(manager, {
      reviewId: review.id, action: d.action, fromStatus: review.status, toStatus: o.toStatus, reasonCode: d.reasonCode ?? null,
      facts: {
        itemId: item.id, itemSource: item.source, revision: review.revision, fakeScore: item.fakeScore, priority: item.priority,
        signalReasonCodes: item.reasonCodes, reportCount: item.reportCount, escalatedBefore: item.escalated,
        reasonText: d.reasonText ?? null, note: d.note ?? null, awaitingAuthorEdit: d.action === 'request_edit',
      },
      ruleSetVersion: await this.read.ruleSetVersion(manager, review.id), automated: false, actorType: auth.role, actorId: auth.keyId,
      redress: o.toStatus === 'published' || d.action === 'escalate' ? null : APPEAL_REDRESS, createdAt: now,
    });
  }

  private events(review: DecidableReview, d: Decision, o: DecisionOutcome, decisionId: string, resolved: ReportRow[]): NewOutboxEvent[] {
    const event = (topic: OutboxTopic, payload: Record<string, unknown>): NewOutboxEvent => ({ topic, aggregateType: 'review', aggregateId: review.id, payload });
    const events = [event(OutboxTopic.ReviewDecided, {
      action: d.action, fromStatus: review.status, toStatus: o.toStatus, automated: false, revision: review.revision,
      merchantId: review.merchantId, productId: review.productId, channelId: review.channelId,
    })];
    if (d.action !== 'escalate') {
      events.push(event(OutboxTopic.NoticeAuthor, { kind: 'decision', decisionId, action: d.action, toStatus: o.toStatus, channelId: review.channelId, statementUrl: statementUrl(decisionId) }));
    }
    for (const r of resolved) {
      events.push(event(OutboxTopic.NoticeReporter, { kind: 'report_resolved', reportId: r.id, reporterRef: r.reporter_ref, outcome: r.state, decisionId, action: d.action }));
    }
    return events;
  }
}
