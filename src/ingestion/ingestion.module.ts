import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { PublishingModule } from '../publishing/publishing.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { BulkChecker } from './bulk-checker.js';
import { BulkIntakeService } from './bulk-intake.service.js';
import { IngestionController } from './ingestion.controller.js';
import { ImportProgressController } from './import-progress.controller.js';
import { ImportProgressRepository } from './import-progress.repository.js';
import { IngestionService } from './ingestion.service.js';
import { IntakeResolver } from './intake-resolver.js';
import { ReviewAnalysisRepository } from './review-analysis.repository.js';
import { ReviewEditor } from './review-editor.js';
import { ReviewQueryService } from './review-query.service.js';
import { SingleIntakeService } from './single-intake.service.js';

@Module({
  imports: [CatalogModule, ReviewsModule, ModerationModule, PublishingModule],
  controllers: [IngestionController, ImportProgressController],
  providers: [ReviewAnalysisRepository, IngestionService, IntakeResolver, ReviewEditor, ReviewQueryService, SingleIntakeService, BulkIntakeService, BulkChecker, ImportProgressRepository],
  exports: [ReviewQueryService],
})
export class IngestionModule {}
