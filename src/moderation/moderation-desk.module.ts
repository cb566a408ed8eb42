import { Module } from '@nestjs/common';
import { PublishingModule } from '../publishing/publishing.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { AppealNotices } from './appeal-notices.js';
import { DecisionStatementsService } from './decision-statements.service.js';
import { ModerationAppealsController } from './moderation-appeals.controller.js';
import { ModerationAppealsRepository } from './moderation-appeals.repository.js';
import { ModerationAppealsService } from './moderation-appeals.service.js';
import { ModerationClaimsService } from './moderation-claims.service.js';
import { ModerationDecisionsRepository } from './moderation-decisions.repository.js';
import { ModerationDecisionsService } from './moderation-decisions.service.js';
import { ModerationQueueController } from './moderation-queue.controller.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { ModerationReadRepository } from './moderation-read.repository.js';
import { ModerationReportsRepository } from './moderation-reports.repository.js';
import { ModerationReportsService } from './moderation-reports.service.js';
import { ModerationStatsService } from './moderation-stats.service.js';
import { ModerationModule } from './moderation.module.js';
import { ReviewModerationController } from './review-moderation.controller.js';

/**
 * The moderation desk's HTTP side. Kept apart from ModerationModule (decision records), which intake and
 * scoring import: the worker must not carry these controllers, and ingestion ↔ desk would otherwise be circular.
 */
@Module({
  imports: [ModerationModule, ReviewsModule, PublishingModule],
  controllers: [ModerationQueueController, ModerationAppealsController, ReviewModerationController],
  providers: [
    ModerationDecisionsRepository, ModerationReadRepository, ModerationReportsRepository, ModerationAppealsRepository,
    ModerationQueueService, ModerationClaimsService, ModerationDecisionsService, ModerationReportsService, ModerationAppealsService,
    ModerationStatsService, DecisionStatementsService, AppealNotices,
  ],
  // Merchant flags (ResponsesModule) are filed as reports: the desk owns moderation items and reports.
  exports: [ModerationReportsService],
})
export class ModerationDeskModule {}
