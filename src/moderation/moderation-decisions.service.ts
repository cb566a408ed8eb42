import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { DomainError } from '../common/errors/domain-error.js';
import { AppConfigService } from '../config/app-config.service.js';
import { pgPoolOf } from '../database/pg/pg-pool.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { APPEAL_REDRESS } from './domain/appeal-window.js';
import { checkDecision, plannedOutcome, reasonProblem, reportResolution } from './domain/decision-policy.js';
import type { BulkDecideDto, DecideItemDto } from './moderation.dto.js';
import { isSenior, leaseActive } from './moderation-claims.service.js';
import { ModerationDecisionsRepository, type DecidedRow, type DecisionWrite } from './moderation-decisions.repository.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationItemsRepository, type ClaimSpec, type LockedItem } from './moderation-items.repository.js';
import { mapQueueItem, type BulkDecisionResult, type BulkDecisionItemResult, type DecisionResult, type QueueRow } from './moderation-views.js';

type Decision = Omit<DecideItemDto, 'version' | 'claimNext' | 'nextFilters'>;

const PROBLEM_CODES = {
  INVALID_TRANSITION: ModerationErrorCode.InvalidTransition,
  REASON_CODE_REQUIRED: ModerationErrorCode.ReasonCodeRequired,
  REASON_TEXT_REQUIRED: ModerationErrorCode.ReasonTextRequired,
} as const;

export const statementUrl = (decisionId: string): string => `/v1/decisions/${decisionId}/statement`;

/** Who may decide this item at this version; the order of checks gives the most useful error first. */
function assertMayDecide(auth: AuthContext, item: LockedItem, version: number, now: Date): void {
  if (item.state === 'decided') throw new ModerationError(ModerationErrorCode.ItemClosed, 'This item has already been decided');
  if (item.escalated && !isSenior(auth)) throw new ModerationError(ModerationErrorCode.SeniorRequired, 'Escalated items are decided by senior moderators');
  if (auth.role !== 'admin' && (item.state !== 'claimed' || item.claimedBy !== auth.principalId)) {
    throw new ModerationError(ModerationErrorCode.NotClaimant, 'Claim the item before deciding it; only its current claimant may decide');
  }
  // Past its lease the claim is free for anyone to take: a late decision could overrule a colleague's claim.
  if (auth.role !== 'admin' && !leaseActive(item, now)) {
    throw new ModerationError(ModerationErrorCode.LeaseExpired, 'Your claim on this item expired; claim it again to decide', { leaseUntil: item.leaseUntil });
  }
  if (item.version !== version) {
    throw new ModerationError(ModerationErrorCode.StaleVersion, `The item changed (version ${item.version}, you sent ${version}); reload it`, { currentVersion: item.version });
  }
}

/**
 * Human decisions: review status, item, append-only record, reports and outbox events change together, in one
 * statement (ModerationDecisionsRepository). When it refuses, the same checks run again on locked rows to say why.
 */
@Injectable()
export class ModerationDecisionsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly decisions: ModerationDecisionsRepository,
    private readonly items: ModerationItemsRepository,
    private readonly reviews: ReviewStatusWriter,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  /** With `claimNext`, the same statement also claims the moderator's next item: one round trip per item in steady state. */
  public decide(auth: AuthContext, itemId: string, dto: DecideItemDto): Promise<DecisionResult> {
    const { version, claimNext, nextFilters, ...decision } = dto;
    const next = claimNext ? (now: Date): ClaimSpec => ({
      me: auth.principalId, count: 1, senior: isSenior(auth), filters: nextFilters ?? {}, leaseUntil: new Date(now.getTime() + this.config.moderation.leaseSeconds * 1000),
    }) : undefined;
    return this.decideOne(auth, itemId, version, decision, next);
  }

  /** Each item on its own: one stale or foreign item does not sink the selection. */
  public async bulk(auth: AuthContext, dto: BulkDecideDto): Promise<BulkDecisionResult> {
    const { items, ...decision } = dto;
    const results: BulkDecisionItemResult[] = [];
    for (const { itemId, version } of items) {
      try {
        results.push({ itemId, ok: true, result: await this.decideOne(auth, itemId, version, decision) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ itemId, ok: false, error: { statusCode: error.status, code: error.code, message: error.message } });
      }
    }
    const succeeded = results.filter((r) => r.ok).length;
    return { succeeded, failed: results.length - succeeded, results };
  }

  /**
   * A refused statement is explained by re-checking on locked rows; if nothing is wrong by then (the item or the
   * review changed between the two), the decision is tried again.
   */
  private async decideOne(auth: AuthContext, itemId: string, version: number, d: Decision, next?: (now: Date) => ClaimSpec): Promise<DecisionResult> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.clock.now();
      if (!reasonProblem(d.action, d.reasonCode, d.reasonText)) {
        const write = this.toWrite(auth, itemId, version, d, now);
        const row = await this.decisions.decide(pgPoolOf(this.db), write, next?.(now));
        if (row) return this.toResult(write, row, next !== undefined, now);
      }
      await this.explainRefusal(auth, itemId, version, d, now);
    }
    throw new ModerationError(ModerationErrorCode.StaleVersion, 'The item kept changing while deciding; reload it');
  }

  private toWrite(auth: AuthContext, itemId: string, version: number, d: Decision, now: Date): DecisionWrite {
    const planned = plannedOutcome(d.action);
    const decisionId = randomUUID();
    return {
      decisionId, itemId, version, actorId: auth.principalId, actorType: auth.role, bypassClaim: auth.role === 'admin', senior: isSenior(auth),
      action: d.action, toStatus: planned.toStatus, closesItem: planned.closesItem, reasonCode: d.reasonCode ?? null,
      requestFacts: { reasonText: d.reasonText ?? null, note: d.note ?? null, awaitingAuthorEdit: d.action === 'request_edit' },
      redress: planned.toStatus === 'published' || planned.escalates ? null : APPEAL_REDRESS,
      reportResolution: reportResolution(d.action),
      authorNotice: planned.escalates ? null : { kind: 'decision', decisionId, action: d.action, toStatus: planned.toStatus, statementUrl: statementUrl(decisionId) },
      now,
    };
  }

  private toResult(w: DecisionWrite, row: DecidedRow, withNext: boolean, now: Date): DecisionResult {
    const result: DecisionResult = {
      itemId: w.itemId, reviewId: row.decision_review_id, decisionId: w.decisionId, action: w.action,
      fromStatus: row.decision_from_status, toStatus: row.decision_to_status,
      item: { state: w.closesItem ? 'decided' : 'open', version: row.decision_item_version, escalated: row.decision_item_escalated },
      statementUrl: statementUrl(w.decisionId),
    };
    if (withNext) result.next = row.id ? mapQueueItem(row as QueueRow, now) : null;
    return result;
  }

  /** Throws the error the checks find, in the order that gives the most useful one first; returns if there is none. */
  private async explainRefusal(auth: AuthContext, itemId: string, version: number, d: Decision, now: Date): Promise<void> {
    await this.db.transaction(async (manager) => {
      const item = await this.items.lock(manager, itemId);
      if (!item) throw new ModerationError(ModerationErrorCode.ItemNotFound, `No moderation item ${itemId}`);
      assertMayDecide(auth, item, version, now);
      const review = await this.reviews.lockForDecision(manager, item.reviewId);
      if (!review) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${item.reviewId}`);
      const check = checkDecision(d.action, review.status, d.reasonCode, d.reasonText);
      if (!check.ok) throw new ModerationError(PROBLEM_CODES[check.problem], `Cannot ${d.action} a ${review.status} review: ${check.problem.toLowerCase().replaceAll('_', ' ')}`);
    });
  }
}
