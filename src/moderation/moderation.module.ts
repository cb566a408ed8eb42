import { Module } from '@nestjs/common';
import { AutomatedItemsService } from './automated-items.service.js';
import { AutomationAccuracyRepository } from './automation-accuracy.repository.js';
import { DecisionRecordsService } from './decision-records.service.js';
import { EditReviewItemsService } from './edit-review-items.service.js';
import { ModerationItemsRepository } from './moderation-items.repository.js';

/** What intake and scoring need of moderation: the decision log and the queue items an edit reopens. */
@Module({
  providers: [AutomatedItemsService, DecisionRecordsService, ModerationItemsRepository, EditReviewItemsService, AutomationAccuracyRepository],
  exports: [AutomatedItemsService, DecisionRecordsService, ModerationItemsRepository, EditReviewItemsService, AutomationAccuracyRepository],
})
export class ModerationModule {}
