import { ChannelListingEntity } from '../catalog/channel-listing.entity.js';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { ApiKeyEntity } from '../common/auth/api-key.entity.js';
import { DecisionRecordEntity } from '../moderation/decision-record.entity.js';
import { ModerationAppealEntity } from '../moderation/moderation-appeal.entity.js';
import { ModerationItemEntity } from '../moderation/moderation-item.entity.js';
import { ModerationReportEntity } from '../moderation/moderation-report.entity.js';
import { OutboxEventEntity } from '../publishing/outbox-event.entity.js';
import { PublishedEventEntity } from '../publishing/published-event.entity.js';
import { WebhookDeliveryEntity } from '../publishing/webhooks/webhook-delivery.entity.js';
import { WebhookEntity } from '../publishing/webhooks/webhook.entity.js';
import { ProductRatingAggregateEntity } from '../ratings/product-rating-aggregate.entity.js';
import { ReviewHelpfulCountEntity } from '../ratings/review-helpful-count.entity.js';
import { ReviewHelpfulVoteEntity } from '../ratings/review-helpful-vote.entity.js';
import { StorefrontChangeEntity } from '../ratings/storefront-change.entity.js';
import { RuleSetVersionEntity } from '../scoring/rule-set-version.entity.js';
import { ReputationComplaintEntity } from '../reputation/reputation-complaint.entity.js';
import { ReputationDailyEntity } from '../reputation/reputation-daily.entity.js';
import { ReputationOrderCountEntity } from '../reputation/reputation-order-count.entity.js';
import { ReputationRollupStateEntity } from '../reputation/reputation-rollup-state.entity.js';
import { ReputationSuppressionDailyEntity } from '../reputation/reputation-suppression-daily.entity.js';
import { MerchantResponseVersionEntity } from '../responses/merchant-response-version.entity.js';
import { MerchantResponseEntity } from '../responses/merchant-response.entity.js';
import { ResponseDecisionEntity } from '../responses/response-decision.entity.js';
import { ReviewFlagEntity } from '../responses/review-flag.entity.js';
import { PurchaseEntity } from '../reviews/purchase.entity.js';
import { ReviewRevisionEntity } from '../reviews/review-revision.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewerEntity } from '../reviews/reviewer.entity.js';
import { FeaturePercentileEntity } from '../scoring/feature-percentile.entity.js';
import { LshBandEntity } from '../scoring/lsh-band.entity.js';
import { ReviewFingerprintEntity } from '../scoring/review-fingerprint.entity.js';
import { ReviewScoreEntity } from '../scoring/review-score.entity.js';

/** Explicit list: glob loading is unreliable under ESM. */
export const ENTITIES = [
  MerchantEntity,
  ProductEntity,
  ChannelEntity,
  ChannelListingEntity,
  ReviewerEntity,
  PurchaseEntity,
  ReviewEntity,
  ReviewRevisionEntity,
  DecisionRecordEntity,
  OutboxEventEntity,
  ApiKeyEntity,
  ReviewScoreEntity,
  ReviewFingerprintEntity,
  LshBandEntity,
  FeaturePercentileEntity,
  ModerationItemEntity,
  ModerationReportEntity,
  ModerationAppealEntity,
  PublishedEventEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  MerchantResponseEntity,
  MerchantResponseVersionEntity,
  ResponseDecisionEntity,
  ReviewFlagEntity,
  ProductRatingAggregateEntity,
  StorefrontChangeEntity,
  ReviewHelpfulVoteEntity,
  ReviewHelpfulCountEntity,
  ReputationDailyEntity,
  ReputationSuppressionDailyEntity,
  ReputationOrderCountEntity,
  ReputationRollupStateEntity,
  ReputationComplaintEntity,
  RuleSetVersionEntity,
];
