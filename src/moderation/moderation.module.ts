import { Module } from '@nestjs/common';
import { AutomationAccuracyRepository } from './automation-accuracy.repository.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { EditReviewItemsService } from './edit-review-items.service.js';
import { ModerationItemsRepository } from './moderation-items.repository.js';

/** What intake and scoring need of moderation: the decision log and the queue items an edit reopens. */
@Module({
  providers: [DecisionRecordsService, ModerationItemsRepository, EditReviewItemsService, AutomationAccuracyRepository],
  exports: [DecisionRecordsService, ModerationItemsRepository, EditReviewItemsService, AutomationAccuracyRepository],
})
export class ModerationModule {}
