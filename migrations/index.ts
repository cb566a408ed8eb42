import { Init1795430375416 } from './1795430375416-Init.js';
import { ReviewsNeverDeleted1795430375417 } from './1795430375417-ReviewsNeverDeleted.js';
import { ScoringAndModerationQueue1795431029907 } from './1795431029907-ScoringAndModerationQueue.js';
import { ModerationDesk1795431801919 } from './1795431801919-ModerationDesk.js';
import { ResponsesPublishingRatings1795431803617 } from './1795431803617-ResponsesPublishingRatings.js';
import { Reputation1795432406329 } from './1795432406329-Reputation.js';
import { FingerprintSignatureBytea1795435514388 } from './1795435514388-FingerprintSignatureBytea.js';
import { LshBandsByReview1795440000000 } from './1795440000000-LshBandsByReview.js';
import { StorefrontChangeLog1795441000000 } from './1795441000000-StorefrontChangeLog.js';
import { EventTimeImports1795450000000 } from './1795450000000-EventTimeImports.js';
import { FlagsReachModeration1795451000000 } from './1795451000000-FlagsReachModeration.js';
import { ReviewScoreAspectDetails1795453000000 } from './1795453000000-ReviewScoreAspectDetails.js';
import { WebhookPendingIndex1795454000000 } from './1795454000000-WebhookPendingIndex.js';
import { ReviewIdentityFixed1795455000001 } from './1795455000001-ReviewIdentityFixed.js';
import { ApiKeyPrincipal1795455000002 } from './1795455000002-ApiKeyPrincipal.js';
import { ApiKeyRevocationNotify1795455000003 } from './1795455000003-ApiKeyRevocationNotify.js';
import { HelpfulVotes1795458000001 } from './1795458000001-HelpfulVotes.js';
import { KeyQuotas1795458000002 } from './1795458000002-KeyQuotas.js';
import { DecisionRecordsByTime1795459000000 } from './1795459000000-DecisionRecordsByTime.js';
import { SeedIndicators1796700000000 } from './1796700000000-SeedIndicators.js';
import { RuleSetVersions1796700000001 } from './1796700000001-RuleSetVersions.js';
import { PublishedEventSnapshots1796900000000 } from './1796900000000-PublishedEventSnapshots.js';
import type { MixinsMigrationInterface } from './migration.types.js';

/** In order of their timestamps. Generated with `npm run migration:generate`, reviewed, never edited after merge. */
export const MIGRATIONS: MixinsMigrationInterface[] = [
  Init1795430375416,
  ReviewsNeverDeleted1795430375417,
  ScoringAndModerationQueue1795431029907,
  ModerationDesk1795431801919,
  ResponsesPublishingRatings1795431803617,
  Reputation1795432406329,
  FingerprintSignatureBytea1795435514388,
  LshBandsByReview1795440000000,
  StorefrontChangeLog1795441000000,
  EventTimeImports1795450000000,
  FlagsReachModeration1795451000000,
  ReviewScoreAspectDetails1795453000000,
  WebhookPendingIndex1795454000000,
  ReviewIdentityFixed1795455000001,
  ApiKeyPrincipal1795455000002,
  ApiKeyRevocationNotify1795455000003,
  HelpfulVotes1795458000001,
  KeyQuotas1795458000002,
  DecisionRecordsByTime1795459000000,
  SeedIndicators1796700000000,
  RuleSetVersions1796700000001,
  PublishedEventSnapshots1796900000000,
];
