import { Module } from '@nestjs/common';
import { DecisionRecordsService } from './decision-records.service.js';

@Module({
  providers: [DecisionRecordsService],
  exports: [DecisionRecordsService],
})
export class ModerationModule {}
