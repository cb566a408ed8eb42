import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AutomatedHold, ModerationItemsRepository } from './moderation-items.repository.js';

export type { AutomatedHold } from './moderation-items.repository.js';

/**
 * The queue items automated verdicts open and close. Scoring and re-scoring call this inside their own
 * transaction, so moderation stays the one module that writes moderation_items (issue 19).
 */
@Injectable()
export class AutomatedItemsService {
  public constructor(private readonly items: ModerationItemsRepository) {}

  /** Opens (or re-prioritises) the queue item of every review the engine holds. */
  public openForHolds(manager: EntityManager, holds: AutomatedHold[], at: Date): Promise<void> {
    return this.items.openOrRefresh(manager, holds, 'scoring', at);
  }

  /** A moderator holding a live claim is working on the item: automated re-scoring leaves it alone. */
  public isClaimed(manager: EntityManager, reviewId: string, at: Date): Promise<boolean> {
    return this.items.hasLiveClaim(manager, reviewId, at);
  }

  /** Closes the open item of a held review that new rules publish. */
  public closeForRescore(manager: EntityManager, reviewId: string, at: Date): Promise<void> {
    return this.items.closeOpenAutomated(manager, reviewId, at);
  }
}
