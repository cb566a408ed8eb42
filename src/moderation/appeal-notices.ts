import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxTopic, type NewOutboxEvent } from '../publishing/outbox-topic.js';
import { OutboxService } from '../publishing/outbox.service.js';
import type { DecidableReview } from '../reviews/review-status.writer.js';
import { ModerationAppealsRepository } from './moderation-appeals.repository.js';

export interface AppealOutcome {
  review: DecidableReview;
  appealId: string;
  outcome: 'uphold' | 'overturn';
  decisionId: string;
  fromStatus: string;
  toStatus: string;
}

/** Outbox events of an appeal outcome: the status change (if any) and notices to the author and every reporter. */
@Injectable()
export class AppealNotices {
  public constructor(
    private readonly appeals: ModerationAppealsRepository,
    private readonly outbox: OutboxService,
  ) {}

  public async emit(manager: EntityManager, o: AppealOutcome, now: Date): Promise<void> {
    const { review } = o;
    const event = (topic: OutboxTopic, payload: Record<string, unknown>): NewOutboxEvent => ({ topic, aggregateType: 'review', aggregateId: review.id, payload });
    const events: NewOutboxEvent[] = [];
    if (o.fromStatus !== o.toStatus) {
      events.push(event(OutboxTopic.ReviewDecided, {
        action: 'appeal_overturn', fromStatus: o.fromStatus, toStatus: o.toStatus, automated: false, revision: review.revision,
        merchantId: review.merchantId, productId: review.productId, channelId: review.channelId,
      }));
    }
    const statementUrl = `/v1/decisions/${o.decisionId}/statement`;
    events.push(event(OutboxTopic.NoticeAuthor, { kind: 'appeal_outcome', appealId: o.appealId, outcome: o.outcome, decisionId: o.decisionId, channelId: review.channelId, statementUrl }));
    for (const r of await this.appeals.reporterRefs(manager, review.id)) {
      events.push(event(OutboxTopic.NoticeReporter, { kind: 'appeal_outcome', appealId: o.appealId, outcome: o.outcome, reportId: r.id, reporterRef: r.reporter_ref }));
    }
    await this.outbox.append(manager, events, now);
  }
}
