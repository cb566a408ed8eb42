import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Clock } from '../common/clock/clock.js';
import { DecisionRecordsService } from '../moderation/decision-records.service.js';
import { HUMAN_RESTRICTED_STATUSES } from '../moderation/domain/human-lock.js';
import { EditReviewItemsService } from '../moderation/edit-review-items.service.js';
import { OutboxTopic } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import { contentDiff } from '../reviews/domain/content-diff.js';
import { canonicalContent, type AuthoredContent } from '../reviews/domain/content-hash.js';
import { PUBLIC_STATUSES, type ReviewStatus } from '../reviews/review-status.js';
import { ReviewsRepository } from '../reviews/reviews.repository.js';
import { sha256 } from './identifier-hash.js';
import type { EditReviewDto, IntakeResult } from './ingestion.dto.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';

interface Actor {
  actorType: string;
  actorId: string | null;
}

/** Author edits: old text kept as a revision; the item goes back through scoring, or to a moderator after a human restriction. */
@Injectable()
export class ReviewEditor {
  public constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly decisions: DecisionRecordsService,
    private readonly editItems: EditReviewItemsService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  public async edit(auth: AuthContext, id: string, dto: EditReviewDto): Promise<IntakeResult> {
    return this.db.transaction(async (manager) => {
      const current = await this.reviews.lockById(manager, id);
      if (!current || (auth.role === 'channel' && current.channelId !== auth.channelId)) {
        throw new IngestionError(IngestionErrorCode.ReviewNotFound, `No review ${id}`);
      }
      if (dto.rating !== undefined && current.kind !== 'review') {
        throw new IngestionError(IngestionErrorCode.InvalidItem, 'Only reviews carry a rating');
      }
      const next: AuthoredContent = {
        rating: dto.rating ?? current.rating,
        title: dto.title !== undefined ? dto.title : current.title,
        body: dto.body ?? current.body,
        mediaUrls: dto.mediaUrls ?? current.mediaUrls,
      };
      const contentHash = sha256(canonicalContent(next));
      if (contentHash === current.contentHash) return { id, status: 'duplicate', reviewStatus: current.status };
      const reviewStatus = await this.apply(manager, id, { ...next, contentHash }, { actorType: auth.role, actorId: auth.keyId }, this.clock.now());
      return { id, status: 'edited', reviewStatus };
    });
  }

  /**
   * Saves the edit; returns the review's status after it. A review a human restricted keeps its status and goes
   * to a moderator with the diff; every other review goes back through scoring.
   */
  public async apply(manager: EntityManager, id: string, next: AuthoredContent & { contentHash: string }, actor: Actor, now: Date): Promise<string> {
    const current = await this.reviews.lockById(manager, id);
    if (!current) throw new IngestionError(IngestionErrorCode.ReviewNotFound, `No review ${id}`);
    const keep = HUMAN_RESTRICTED_STATUSES.includes(current.status);
    const toStatus: ReviewStatus = keep ? current.status : 'received';
    await this.reviews.saveRevisionAndEdit(manager, current, next, toStatus, now);
    if (keep) {
      const diff = contentDiff(current, next);
      await this.editItems.reopenAfterEdit(manager, { reviewId: id, status: current.status, revision: current.revision + 1, diff, actorId: actor.actorId }, now);
    } else if (current.status !== 'received') {
      await this.decisions.record(manager, [{
        reviewId: id, action: 'resubmit_after_edit', fromStatus: current.status, toStatus: 'received', reasonCode: null,
        facts: { revision: current.revision + 1, wasPublic: PUBLIC_STATUSES.includes(current.status) },
        ruleSetVersion: null, automated: true, actorType: 'system', actorId: actor.actorId,
        redress: 'The edited text is being checked again; the outcome will be sent with its own statement of reasons.', createdAt: now,
      }]);
    }
    await this.outbox.append(manager, [{
      topic: OutboxTopic.ReviewEdited, aggregateType: 'review', aggregateId: id,
      payload: {
        revision: current.revision + 1, fromStatus: current.status, toStatus,
        merchantId: current.merchantId, productId: current.productId, channelId: current.channelId,
      },
    }], now);
    return toStatus;
  }
}
