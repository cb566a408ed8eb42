import { Module } from '@nestjs/common';
import { ReviewStatusWriter } from './review-status.writer.js';
import { ReviewsRepository } from './reviews.repository.js';

/** Owns the review aggregate's tables; exported repository is set-based SQL used by intake and scoring. */
@Module({
  providers: [ReviewsRepository, ReviewStatusWriter],
  exports: [ReviewsRepository, ReviewStatusWriter],
})
export class ReviewsModule {}
