import { Module, type OnModuleInit } from '@nestjs/common';
import { ModerationDeskModule } from '../moderation/moderation-desk.module.js';
import { PublishingModule } from '../publishing/publishing.module.js';
import { StorefrontChangesModule } from '../ratings/storefront-changes.module.js';
import { ReviewsModule } from '../reviews/reviews.module.js';
import { MerchantReviewsRepository } from './merchant-reviews.repository.js';
import { MerchantReviewsService } from './merchant-reviews.service.js';
import { replyScreeningRules } from './reply-screening.loader.js';
import { ResponsesController } from './responses.controller.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponsesService } from './responses.service.js';

@Module({
  imports: [ReviewsModule, PublishingModule, ModerationDeskModule, StorefrontChangesModule],
  controllers: [ResponsesController],
  providers: [ResponsesRepository, ResponsesService, MerchantReviewsRepository, MerchantReviewsService],
  exports: [ResponsesService],
})
export class ResponsesModule implements OnModuleInit {
  /** Loads and validates the reply-screening rules at boot: a broken rule file stops the process here. */
  public onModuleInit(): void {
    replyScreeningRules();
  }
}
