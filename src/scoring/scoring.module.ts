import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module.js';
import { PublishingModule } from '../publishing/publishing.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { BatchScoringService } from './batch-scoring.service.js';
import { RescoreService } from './rescore.service.js';
import { PercentileStore } from './percentile-store.js';
import { ScoringContextLoader } from './scoring-context.loader.js';
import { ScoringContextRepository } from './scoring-context.repository.js';
import { ScoringEngine } from './scoring-engine.js';
import { ScoringRepository } from './scoring.repository.js';
import { ScoringService } from './scoring.service.js';
import { RuleSetSourceModule } from './rule-set-source.module.js';
import { VerdictsService } from './verdicts.service.js';

/** Scoring use case without the queue consumer (the worker module adds the processor). */
@Module({
  imports: [ReviewsModule, ModerationModule, PublishingModule, RuleSetSourceModule],
  providers: [RescoreService, ScoringEngine, ScoringContextRepository, ScoringContextLoader, ScoringRepository, PercentileStore, ScoringService, BatchScoringService, VerdictsService],
  exports: [ScoringService, BatchScoringService, ScoringEngine, RescoreService],
})
export class ScoringModule {}
