import { Module } from '@nestjs/common';
import { AutomationAccuracyRepository } from './automation-accuracy.repository.js';
import { DecisionRecordsService } from './decision-records.service.js';

@Module({
  providers: [DecisionRecordsService, AutomationAccuracyRepository],
  exports: [DecisionRecordsService, AutomationAccuracyRepository],
})
export class ModerationModule {}
