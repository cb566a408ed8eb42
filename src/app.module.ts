import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CatalogModule } from './catalog/catalog.module.js';
import { AuthModule } from './common/auth/auth.module.js';
import { ClockModule } from './common/clock/clock.module.js';
import { ConsoleModule } from './console/console.module.js';
import { WidgetModule } from './widget/widget.module.js';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { createValidationPipe } from './common/validation/validation-pipe.js';
import { ConfigModule } from './config/config.module.js';
import type { EnvDto } from './config/env.dto.js';
import { DatabaseModule } from './database/database.module.js';
import { DocsModule } from './docs/docs.module.js';
import { HealthModule } from './health/health.module.js';
import { IngestionModule } from './ingestion/ingestion.module.js';
import { ModerationDeskModule } from './moderation/moderation-desk.module.js';
import { PublishingModule } from './publishing/publishing.module.js';
import { QueueModule } from './queue/queue.module.js';
import { RatingsModule } from './ratings/ratings.module.js';
import { ScoringAdminModule } from './scoring/scoring-admin.module.js';
import { ReputationModule } from './reputation/reputation.module.js';
import { ResponsesModule } from './responses/responses.module.js';

/** The HTTP API: feature modules + global pipe, filter and guard. Produces jobs, consumes none. */
@Module({})
export class AppModule {
  public static forRoot(env: EnvDto): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(env), ClockModule, DatabaseModule, QueueModule, AuthModule, CatalogModule, IngestionModule, ModerationDeskModule, HealthModule, DocsModule, ConsoleModule, PublishingModule, ResponsesModule, RatingsModule, ReputationModule, ScoringAdminModule, WidgetModule],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
