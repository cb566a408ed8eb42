import { Module } from '@nestjs/common';
import { ReviewsRepository } from './reviews.repository.js';

/** Owns the review aggregate's tables; exported repository is set-based SQL used by intake and scoring. */
@Module({
  providers: [ReviewsRepository],
  exports: [ReviewsRepository],
})
export class ReviewsModule {}
