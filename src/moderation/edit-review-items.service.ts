import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ContentDiff } from '../reviews/domain/content-diff.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { EDITED_AFTER_DECISION } from './domain/human-lock.js';
import { ModerationItemsRepository } from './moderation-items.repository.js';

/** Ahead of fresh automated holds: the author is waiting on a decision a moderator already took once. */
const EDIT_PRIORITY = 60;

export interface EditAfterDecision {
  reviewId: string;
  status: string;
  revision: number;
  diff: ContentDiff;
  actorId: string | null;
}

/**
 * An author's edit to a review a human restricted (issue 16): the restriction stands, and a moderator sees the
 * earlier decision and what changed (on the queue item's decision record) and decides again.
 */
@Injectable()
export class EditReviewItemsService {
  public constructor(
    private readonly items: ModerationItemsRepository,
    private readonly decisions: DecisionRecordsService,
  ) {}

  public async reopenAfterEdit(manager: EntityManager, edit: EditAfterDecision, now: Date): Promise<string> {
    const previous = (await this.decisions.lastHumanDecisions(manager, [edit.reviewId])).get(edit.reviewId) ?? null;
    const itemId = await this.items.openIfNone(manager, {
      reviewId: edit.reviewId, priority: EDIT_PRIORITY, fakeScore: 0, reasonCodes: [EDITED_AFTER_DECISION], source: 'edit',
    }, now);
    await this.items.addReasonCode(manager, itemId, EDITED_AFTER_DECISION);
    await this.decisions.record(manager, [{
      reviewId: edit.reviewId, action: 'resubmit_after_edit', fromStatus: edit.status, toStatus: edit.status, reasonCode: null,
      facts: { revision: edit.revision, awaitingHuman: true, itemId, previousDecision: previous, diff: edit.diff },
      ruleSetVersion: null, automated: true, actorType: 'system', actorId: edit.actorId,
      redress: 'The earlier decision stands until a moderator has checked the edited text; the outcome comes with its own statement of reasons.',
      createdAt: now,
    }]);
    return itemId;
  }
}
