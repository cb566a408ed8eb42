import { Module } from '@nestjs/common';
import { ReviewAnalysisRepository } from '../ingestion/review-analysis.repository.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { EventFeedService } from './event-feed.service.js';
import { EventLogRepository } from './event-log.repository.js';
import { EventPublisher } from './event-publisher.service.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';
import { PublishingController } from './publishing.controller.js';
import { ReviewSnapshots } from './review-snapshots.service.js';
import { WebhookDeliveryService } from './webhooks/webhook-delivery.service.js';
import { WebhookGate } from './webhooks/webhook-gate.js';
import { WebhooksRepository } from './webhooks/webhooks.repository.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

/**
 * Outbox (written by every module), the published event log, webhooks and the feed.
 * The worker adds OutboxRelayService and WebhookProcessor (see worker.module.ts).
 */
@Module({
  // Reviews (read-only) for the event snapshots; ReviewAnalysisRepository is a read-only query on review_scores.
  imports: [ReviewsModule],
  controllers: [PublishingController],
  providers: [ReviewSnapshots, ReviewAnalysisRepository, OutboxRepository, OutboxService, EventLogRepository, EventPublisher, WebhooksRepository, WebhooksService, WebhookDeliveryService, WebhookGate, EventFeedService],
  exports: [OutboxService, OutboxRepository, EventPublisher, WebhookDeliveryService],
})
export class PublishingModule {}
