import { Module } from '@nestjs/common';
import { PercentileStore } from './percentile-store.js';
import { RescoreAdminController } from './rescore-admin.controller.js';
import { RescoreAdminService } from './rescore-admin.service.js';
import { RuleSetSourceModule } from './rule-set-source.module.js';
import { RuleSetsAdminController } from './rule-sets-admin.controller.js';
import { RuleSetsAdminService } from './rule-sets-admin.service.js';

/** API-process part of scoring (no text models loaded here; the worker scores). PercentileStore is only read (dry-runs). */
@Module({
  imports: [RuleSetSourceModule],
  controllers: [RescoreAdminController, RuleSetsAdminController],
  providers: [RescoreAdminService, RuleSetsAdminService, PercentileStore],
})
export class ScoringAdminModule {}
