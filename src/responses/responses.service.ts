import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { pgErrorCode, PG_UNIQUE_VIOLATION } from '../common/errors/pg-errors.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import { StorefrontChangesService } from '../ratings/storefront-changes.service.js';
import type { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { canEdit, decide, NEW_RESPONSE, submitText, type ResponseEvent, type Transition } from './domain/response-lifecycle.js';
import { screenReply } from './domain/screen-reply.js';
import { replyScreeningRules } from './reply-screening.loader.js';
import type { MerchantResponseEntity } from './merchant-response.entity.js';
import type { CreateResponseDto, EditResponseDto, ListResponsesQueryDto, ResponseDecisionDto } from './responses.dto.js';
import { ResponsesError, ResponsesErrorCode } from './responses.error.js';
import { ResponsesRepository } from './responses.repository.js';
import { mapResponse, type ResponseView } from './response-views.js';

const TOPIC: Record<ResponseEvent, OutboxTopic> = {
  'response.published': OutboxTopic.ResponsePublished,
  'response.edited': OutboxTopic.ResponseEdited,
  'response.held': OutboxTopic.ResponseHeld,
  'response.rejected': OutboxTopic.ResponseRejected,
  'notice.author': OutboxTopic.NoticeAuthor,
};

const staff = (auth: AuthContext): boolean => auth.role === 'admin' || auth.role === 'moderator';

/** Merchant replies: write, edit (new version, re-screened), moderate held ones. One transaction per use case. */
@Injectable()
export class ResponsesService {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly responses: ResponsesRepository,
    private readonly reviews: ReviewsRepository,
    private readonly outbox: OutboxService,
    private readonly storefrontChanges: StorefrontChangesService,
    private readonly clock: Clock,
  ) {}

  public async create(auth: AuthContext, reviewId: string, dto: CreateResponseDto): Promise<ResponseView> {
    try {
      const id = await this.db.transaction(async (manager) => {
        const review = await this.reviews.lockById(manager, reviewId);
        if (!review || (auth.role === 'merchant' && review.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ReviewNotFound, `No review ${reviewId}`);
        if (review.kind !== 'review') throw new ResponsesError(ResponsesErrorCode.NotAReview, 'Merchants reply to reviews only');
        const now = this.clock.now();
        const snapshot = NEW_RESPONSE(dto.visibility);
        const row = await this.responses.insertResponse(manager, {
          reviewId, merchantId: review.merchantId, visibility: dto.visibility, state: 'held', currentVersion: 0, publishedVersion: null,
          publications: 0, createdAt: now, updatedAt: now, publishedAt: null,
        });
        await this.submit(manager, auth, row, snapshot, review, dto.body, now);
        return row.id;
      });
      return this.view(id);
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION) throw new ResponsesError(ResponsesErrorCode.PublicResponseExists, 'This review already has a public reply; edit it instead');
      throw error;
    }
  }

  public async edit(auth: AuthContext, id: string, dto: EditResponseDto): Promise<ResponseView> {
    await this.db.transaction(async (manager) => {
      const row = await this.owned(manager, auth, id);
      if (!canEdit(row)) throw new ResponsesError(ResponsesErrorCode.NotEditable, 'A private reply that reached the author cannot be changed');
      const review = (await this.reviews.findById(row.reviewId, manager)) as ReviewEntity;
      await this.submit(manager, auth, row, row, review, dto.body, this.clock.now());
    });
    return this.view(id);
  }

  public async decide(auth: AuthContext, id: string, dto: ResponseDecisionDto): Promise<ResponseView> {
    await this.db.transaction(async (manager) => {
      const row = await this.responses.lock(manager, id);
      if (!row) throw new ResponsesError(ResponsesErrorCode.ResponseNotFound, `No reply ${id}`);
      if (row.state !== 'held') throw new ResponsesError(ResponsesErrorCode.NotHeld, `Reply is ${row.state}; only held replies are decided`);
      const now = this.clock.now();
      const [latest] = (await this.responses.versions([id], manager)).filter((v) => v.version === row.currentVersion);
      await this.responses.recordDecision(manager, {
        responseId: id, version: row.currentVersion, decision: dto.decision, reasonCode: dto.reasonCode ?? null, note: dto.note ?? null,
        screening: latest.screening, actorType: auth.role, actorId: auth.keyId, createdAt: now,
      });
      const review = (await this.reviews.findById(row.reviewId, manager)) as ReviewEntity;
      await this.apply(manager, row, decide(row, dto.decision), review, latest.body, latest.screening, now);
    });
    return this.view(id);
  }

  public async get(auth: AuthContext, id: string): Promise<ResponseView> {
    const row = await this.responses.findById(id);
    if (!row || (auth.role === 'merchant' && row.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ResponseNotFound, `No reply ${id}`);
    return this.view(id, row);
  }

  public async list(query: ListResponsesQueryDto): Promise<{ data: ResponseView[] }> {
    const rows = await this.responses.listByState(query.state, query.limit ?? 50);
    const versions = await this.responses.versions(rows.map((r) => r.id));
    return { data: rows.map((r) => mapResponse(r, versions.filter((v) => v.responseId === r.id))) };
  }

  private async submit(manager: EntityManager, auth: AuthContext, row: MerchantResponseEntity, snapshot: MerchantResponseEntity | ReturnType<typeof NEW_RESPONSE>, review: ReviewEntity, body: string, now: Date): Promise<void> {
    const screening = screenReply(body, replyScreeningRules());
    const transition = submitText(snapshot, screening.passed);
    await this.responses.insertVersion(manager, {
      responseId: row.id, version: transition.next.currentVersion, body, outcome: transition.versionOutcome, screening: screening.findings,
      authorKeyId: staff(auth) ? `${auth.role}:${auth.keyId}` : auth.keyId, createdAt: now,
    });
    await this.apply(manager, row, transition, review, body, screening.findings, now);
  }

  private async apply(manager: EntityManager, row: MerchantResponseEntity, t: Transition, review: ReviewEntity, body: string, findings: unknown[], now: Date): Promise<void> {
    const published = t.next.state === 'published';
    await this.responses.update(manager, row.id, {
      state: t.next.state, currentVersion: t.next.currentVersion, publishedVersion: t.next.publishedVersion, publications: t.next.publications,
      updatedAt: now, publishedAt: published ? now : row.publishedAt,
    });
    if (t.versionOutcome === 'approved' || t.versionOutcome === 'rejected') await this.responses.setVersionOutcome(manager, row.id, t.next.currentVersion, t.versionOutcome);
    // Only what a consumer needs: no author identity ever enters an event.
    const payload: Record<string, unknown> = {
      responseId: row.id, reviewId: review.id, productId: review.productId, merchantId: review.merchantId, channelId: review.channelId,
      visibility: row.visibility, version: t.next.currentVersion, body, edited: t.next.publications > 1, at: now.toISOString(),
    };
    if (!published) payload.reasons = findings;
    await this.outbox.append(manager, [{ topic: TOPIC[t.event], aggregateType: 'response', aggregateId: row.id, payload }], now);
    if (t.publicTextChanged) await this.storefrontChanges.markProductChanged(manager, review.productId);
  }

  private async owned(manager: EntityManager, auth: AuthContext, id: string): Promise<MerchantResponseEntity> {
    const row = await this.responses.lock(manager, id);
    if (!row || (auth.role === 'merchant' && row.merchantId !== auth.merchantId)) throw new ResponsesError(ResponsesErrorCode.ResponseNotFound, `No reply ${id}`);
    return row;
  }

  private async view(id: string, row?: MerchantResponseEntity): Promise<ResponseView> {
    const entity = row ?? ((await this.responses.findById(id)) as MerchantResponseEntity);
    return mapResponse(entity, await this.responses.versions([id]));
  }
}
