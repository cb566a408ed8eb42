import { Init1795430375416 } from './1795430375416-Init.js';
import { ScoringAndModerationQueue1795431029907 } from './1795431029907-ScoringAndModerationQueue.js';
import { ResponsesPublishingRatings1795431803617 } from './1795431803617-ResponsesPublishingRatings.js';
import { ModerationDesk1795431801919 } from './1795431801919-ModerationDesk.js';
import { FingerprintSignatureBytea1795435514388 } from './1795435514388-FingerprintSignatureBytea.js';
import type { MixinsMigrationInterface } from './migration.types.js';
import { LshBandsByReview1795440000000 } from './1795440000000-LshBandsByReview.js';
import { Reputation1795432406329 } from './1795432406329-Reputation.js';
import { ReviewsNeverDeleted1795430375417 } from './1795430375417-ReviewsNeverDeleted.js';
import { StorefrontChangeLog1795441000000 } from './1795441000000-StorefrontChangeLog.js';
import { FlagsReachModeration1795451000000 } from './1795451000000-FlagsReachModeration.js';
import { ReviewScoreAspectDetails1795453000000 } from './1795453000000-ReviewScoreAspectDetails.js';
import { DecisionRecordsByTime1795459000000 } from './1795459000000-DecisionRecordsByTime.js';

/** In order. Generated with `npm run migration:generate`, reviewed, never edited after merge. */
export const MIGRATIONS: MixinsMigrationInterface[] = [Init1795430375416, ReviewsNeverDeleted1795430375417, ScoringAndModerationQueue1795431029907, ResponsesPublishingRatings1795431803617, ModerationDesk1795431801919, Reputation1795432406329, FingerprintSignatureBytea1795435514388, LshBandsByReview1795440000000, StorefrontChangeLog1795441000000, FlagsReachModeration1795451000000, ReviewScoreAspectDetails1795453000000, DecisionRecordsByTime1795459000000];
