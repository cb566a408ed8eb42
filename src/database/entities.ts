import { ChannelListingEntity } from '../catalog/channel-listing.entity.js';
import { ChannelEntity } from '../catalog/channel.entity.js';
import { MerchantEntity } from '../catalog/merchant.entity.js';
import { ProductEntity } from '../catalog/product.entity.js';
import { ApiKeyEntity } from '../common/auth/api-key.entity.js';
import { DecisionRecordEntity } from '../moderation/decision-record.entity.js';
import { OutboxEventEntity } from '../publishing/outbox-event.entity.js';
import { PurchaseEntity } from '../reviews/purchase.entity.js';
import { ReviewRevisionEntity } from '../reviews/review-revision.entity.js';
import { ReviewEntity } from '../reviews/review.entity.js';
import { ReviewerEntity } from '../reviews/reviewer.entity.js';

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
];
