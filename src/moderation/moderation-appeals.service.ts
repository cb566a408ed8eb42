import { ApiProperty } from '@nestjs/swagger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { pgErrorCode } from '../common/errors/pg-errors.js';
import { AppConfigService } from '../config/app-config.service.js';
import { ReviewStatusWriter } from '../reviews/review-status.writer.js';
import { AppealNotices } from './appeal-notices.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { appealDeadline, appealWindowOpen, FINAL_REDRESS } from './domain/appeal-window.js';
import { overturnTarget } from './domain/decision-policy.js';
import { isAppealableDecision } from './domain/statement-rules.js';
import type { AppealDto, AppealsQueryDto, DecideAppealDto } from './moderation.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.error.js';
import { ModerationAppealsRepository, type AppealRow } from './moderation-appeals.repository.js';
import { ModerationItemsRepository } from './moderation-items.repository.js';

export class AppealView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public reviewId: string;

  @ApiProperty({ type: 'string' })
  public statement: string;

  @ApiProperty({ enum: ['open', 'claimed', 'decided'] })
  public state: 'open' | 'claimed' | 'decided';

  @ApiProperty({ type: 'string', nullable: true })
  public claimedBy: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  public leaseUntil: string | null;

  @ApiProperty({ type: 'number' })
  public version: number;

  @ApiProperty({ type: 'string', nullable: true })
  public outcome: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  public outcomeDecisionId: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public decidedAt: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  public decision: { id: string; action: string; fromStatus: string | null; toStatus: string; reasonCode: string | null; decidedAt: string; appealDeadline: string };

  @ApiProperty({ type: 'boolean', description: 'false for the moderator who took the appealed decision: appeals go to someone else.' })
  public canHandle: boolean;
}

export function mapAppeal(a: AppealRow, me: string, now: Date): AppealView {
  const active = a.state === 'claimed' && a.lease_until !== null && a.lease_until.getTime() > now.getTime();
  return {
    id: a.id, reviewId: a.review_id, statement: a.statement, state: a.state === 'claimed' && !active ? 'open' : a.state,
    claimedBy: active ? a.claimed_by : null, leaseUntil: active && a.lease_until ? a.lease_until.toISOString() : null, version: a.version,
    outcome: a.outcome, outcomeDecisionId: a.outcome_decision_id, createdAt: a.created_at.toISOString(), decidedAt: a.decided_at?.toISOString() ?? null,
    decision: {
      id: a.decision_id, action: a.d_action, fromStatus: a.d_from_status, toStatus: a.d_to_status, reasonCode: a.d_reason_code,
      decidedAt: a.d_created_at.toISOString(), appealDeadline: appealDeadline(a.d_created_at).toISOString(),
    },
    canHandle: a.original_actor_id !== me,
  };
}

/** The CHECK constraint is the last line of defence if a code path forgets the independence rule. */
async function independent<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (pgErrorCode(error) === '23514' && String((error as Error).message).includes('CHK_moderation_appeals_independent')) {
      throw new ModerationError(ModerationErrorCode.SameModerator, 'An appeal must be handled by someone other than the original decider');
    }
    throw error;
  }
}

@Injectable()
export class ModerationAppealsService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly appeals: ModerationAppealsRepository,
    private readonly items: ModerationItemsRepository,
    private readonly reviews: ReviewStatusWriter,
    private readonly records: DecisionRecordsService,
    private readonly notices: AppealNotices,
    private readonly config: AppConfigService,
    private readonly clock: Clock,
  ) {}

  public async create(auth: AuthContext, reviewId: string, dto: AppealDto): Promise<AppealView> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const review = await this.reviews.lockForDecision(manager, reviewId);
      if (!review || (auth.role === 'channel' && review.channelId !== auth.channelId)) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${reviewId}`);
      const decision = await this.records.findById(dto.decisionId, manager);
      if (!decision || decision.reviewId !== reviewId) throw new ModerationError(ModerationErrorCode.DecisionNotFound, `No decision ${dto.decisionId} on review ${reviewId}`);
      if (!isAppealableDecision(decision.action, decision.toStatus)) throw new ModerationError(ModerationErrorCode.NotAppealable, `A '${decision.action}' decision cannot be appealed`);
      if (!appealWindowOpen(decision.createdAt, now)) {
        throw new ModerationError(ModerationErrorCode.AppealWindowClosed, 'The 6-month appeal window for this decision has closed', { deadline: appealDeadline(decision.createdAt).toISOString() });
      }
      const id = await this.appeals.insert(manager, { reviewId, decisionId: decision.id, statement: dto.statement, originalActorId: decision.automated ? null : decision.actorId }, now);
      if (!id) throw new ModerationError(ModerationErrorCode.AppealExists, 'This decision has already been appealed');
      return mapAppeal((await this.appeals.find(manager, id)) as AppealRow, auth.principalId, now);
    });
  }

  public async list(auth: AuthContext, q: AppealsQueryDto): Promise<AppealView[]> {
    const now = this.clock.now();
    const rows = await this.appeals.list(this.db.manager, { state: q.state, assigned: q.assigned ?? 'any', me: auth.principalId, limit: q.limit ?? 50, offset: q.offset ?? 0 }, now);
    return rows.map((r) => mapAppeal(r, auth.principalId, now));
  }

  public async claim(auth: AuthContext, id: string): Promise<AppealView> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const appeal = await this.lockOpen(manager, auth, id);
      if (appeal.state === 'claimed' && appeal.lease_until && appeal.lease_until > now && appeal.claimed_by !== auth.principalId) {
        throw new ModerationError(ModerationErrorCode.AlreadyClaimed, 'Another moderator holds this appeal');
      }
      await independent(this.appeals.setClaim(manager, id, auth.principalId, new Date(now.getTime() + this.config.moderation.leaseSeconds * 1000)));
      return mapAppeal((await this.appeals.find(manager, id)) as AppealRow, auth.principalId, now);
    });
  }

  public async release(auth: AuthContext, id: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      const appeal = await this.lockOpen(manager, auth, id);
      if (appeal.state !== 'claimed' || !appeal.lease_until || appeal.lease_until <= now) throw new ModerationError(ModerationErrorCode.NotClaimed, 'Nobody holds this appeal');
      if (appeal.claimed_by !== auth.principalId && auth.role !== 'admin') throw new ModerationError(ModerationErrorCode.NotClaimant, 'Another moderator holds this appeal');
      await this.appeals.setClaim(manager, id, null, null);
    });
  }

  public async decide(auth: AuthContext, id: string, dto: DecideAppealDto): Promise<AppealView> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const appeal = await this.lockOpen(manager, auth, id);
      if (auth.role !== 'admin' && (appeal.state !== 'claimed' || appeal.claimed_by !== auth.principalId)) {
        throw new ModerationError(ModerationErrorCode.NotClaimant, 'Claim the appeal before deciding it');
      }
      if (auth.role !== 'admin' && (!appeal.lease_until || appeal.lease_until <= now)) {
        throw new ModerationError(ModerationErrorCode.LeaseExpired, 'Your claim on this appeal expired; claim it again to decide', { leaseUntil: appeal.lease_until });
      }
      if (appeal.version !== dto.version) throw new ModerationError(ModerationErrorCode.StaleVersion, `The appeal changed (version ${appeal.version}); reload it`, { currentVersion: appeal.version });
      const decisionId = await this.applyOutcome(manager, auth, appeal, dto, now);
      await independent(this.appeals.close(manager, id, { outcome: dto.outcome, by: auth.principalId, decisionId, note: dto.note ?? null }, now));
      return mapAppeal((await this.appeals.find(manager, id)) as AppealRow, auth.principalId, now);
    });
  }

  private async lockOpen(manager: EntityManager, auth: AuthContext, id: string): Promise<AppealRow> {
    const appeal = await this.appeals.find(manager, id, true);
    if (!appeal) throw new ModerationError(ModerationErrorCode.AppealNotFound, `No appeal ${id}`);
    if (appeal.state === 'decided') throw new ModerationError(ModerationErrorCode.ItemClosed, 'This appeal has already been decided');
    if (appeal.original_actor_id === auth.principalId) throw new ModerationError(ModerationErrorCode.SameModerator, 'You took the appealed decision; another moderator must handle the appeal');
    return appeal;
  }

  /** Uphold keeps the status; overturn restores the earlier one. Either way the outcome is its own decision record. */
  private async applyOutcome(manager: EntityManager, auth: AuthContext, appeal: AppealRow, dto: DecideAppealDto, now: Date): Promise<string> {
    const review = await this.reviews.lockForDecision(manager, appeal.review_id);
    if (!review) throw new ModerationError(ModerationErrorCode.ReviewNotFound, `No review ${appeal.review_id}`);
    const overturn = dto.outcome === 'overturn';
    if (overturn && review.status !== appeal.d_to_status) {
      throw new ModerationError(ModerationErrorCode.DecisionSuperseded, `The review is ${review.status} now, no longer ${appeal.d_to_status}; a later decision replaced the appealed one`);
    }
    const toStatus = overturn ? overturnTarget(appeal.d_from_status) : review.status;
    const decisionId = await this.records.recordOne(manager, {
      reviewId: review.id, action: overturn ? 'appeal_overturn' : 'appeal_uphold', fromStatus: review.status, toStatus,
      reasonCode: overturn ? null : appeal.d_reason_code, ruleSetVersion: null, automated: false, actorType: auth.role, actorId: auth.principalId,
      facts: { appealId: appeal.id, appealedDecisionId: appeal.decision_id, appealStatement: appeal.statement.slice(0, 1000), note: dto.note ?? null, revision: review.revision },
      redress: FINAL_REDRESS, createdAt: now,
    });
    if (toStatus !== review.status) await this.reviews.setStatus(manager, review.id, toStatus, now);
    const open = overturn ? await this.items.lockOpenForReview(manager, review.id) : null;
    if (open) await this.items.close(manager, open.id, auth.principalId, decisionId, now);
    await this.notices.emit(manager, { review, appealId: appeal.id, outcome: dto.outcome, decisionId, fromStatus: review.status, toStatus }, now);
    return decisionId;
  }
}
