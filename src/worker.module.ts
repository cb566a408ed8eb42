import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from './common/clock/clock.module.js';
import { ConfigModule } from './config/config.module.js';
import type { EnvDto } from './config/env.dto.js';
import { DatabaseModule } from './database/database.module.js';
import { OutboxRelayService } from './publishing/outbox-relay.service.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { WebhookProcessor } from './publishing/webhooks/webhook.processor.js';
import { QueueModule } from './queue/queue.module.js';
import { ReputationModule } from './reputation/reputation.module.js';
import { ReputationProcessor } from './reputation/reputation.processor.js';
import { ScoreJobBatcher } from './scoring/score-job-batcher.js';
import { ScoreJobSweeper } from './scoring/score-job-sweeper.service.js';
import { ScoringModule } from './scoring/scoring.module.js';
import { ScoringProcessor } from './scoring/scoring.processor.js';

/** The job process: outbox relay + queue consumers; no HTTP. */
@Module({})
export class WorkerModule {
  public static forRoot(env: EnvDto): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(env), ClockModule, DatabaseModule, QueueModule, PublishingModule, ScoringModule, ReputationModule],
      providers: [OutboxRelayService, ScoreJobSweeper, ScoreJobBatcher, ScoringProcessor, WebhookProcessor, ReputationProcessor],
    };
  }
}
