import { Module } from '@nestjs/common';
import { ReviewAnalysisRepository } from '../ingestion/review-analysis.repository.js';
import { ResponsesRepository } from '../responses/responses.repository.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { EventFeedService } from './event-feed.service.js';
import { EventLogRepository } from './event-log.repository.js';
import { EventPublisher } from './event-publisher.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { PublishingController } from './publishing.controller.js';
import { ResourceSnapshots } from './resource-snapshots.service.js';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service.js';
import { WebhookGate } from './webhooks/webhook-gate.js';
import { WebhooksRepository } from './webhooks/webhooks.repository.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

/**
 * Outbox (written by every module), the published event log, webhooks and the feed.
 * The worker adds OutboxRelayService and WebhookProcessor (see worker.module.ts).
 */
@Module({
  // For the event snapshots, read only: ReviewsModule, and the review_scores / merchant_responses query classes
  // (their modules import this one for the outbox, so importing them back would be a cycle).
  imports: [ReviewsModule],
  controllers: [PublishingController],
  providers: [ResourceSnapshots, ReviewAnalysisRepository, ResponsesRepository, OutboxRepository, OutboxService, EventLogRepository, EventPublisher, WebhooksRepository, WebhooksService, WebhookDeliveryService, WebhookGate, EventFeedService],
  exports: [OutboxService, OutboxRepository, EventPublisher, WebhookDeliveryService],
})
export class PublishingModule {}
