import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module.js';
import { ReputationAuditService } from './reputation-audit.service.js';
import { ReputationComplaintRepository } from './reputation-complaint.repository.js';
import { ReputationComplaintService } from './reputation-complaint.service.js';
import { ReputationController } from './reputation.controller.js';
import { ReputationOpsService } from './reputation-ops.service.js';
import { ReputationReadRepository } from './reputation-read.repository.js';
import { ReputationReportRepository } from './reputation-report.repository.js';
import { ReputationRollupRepository } from './reputation-rollup.repository.js';
import { ReputationRollupService } from './reputation-rollup.service.js';
import { ReputationScopeResolver } from './reputation-scope.js';
import { ReputationService } from './reputation.service.js';

/** Reputation indicators, suppression audit, transparency report (API); the worker adds ReputationProcessor. */
@Module({
  imports: [ModerationModule],
  controllers: [ReputationController],
  providers: [
    ReputationReadRepository, ReputationRollupRepository, ReputationReportRepository, ReputationScopeResolver,
    ReputationService, ReputationAuditService, ReputationOpsService, ReputationRollupService, ReputationComplaintRepository, ReputationComplaintService,
  ],
  exports: [ReputationRollupService],
})
export class ReputationModule {}
