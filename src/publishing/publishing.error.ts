import { moduleError } from '../common/errors/domain-error.js';

export enum PublishingErrorCode {
  WebhookNotFound = 'WEBHOOK_NOT_FOUND',
  DeliveryNotFound = 'DELIVERY_NOT_FOUND',
  DeliveryNotFailed = 'DELIVERY_NOT_FAILED',
  TopicNotAllowed = 'TOPIC_NOT_ALLOWED',
  InsecureUrl = 'INSECURE_WEBHOOK_URL',
  UrlNotAllowed = 'WEBHOOK_URL_NOT_ALLOWED',
  OwnerAmbiguous = 'WEBHOOK_OWNER_AMBIGUOUS',
  UnknownOwner = 'UNKNOWN_WEBHOOK_OWNER',
  TooManyWebhooks = 'TOO_MANY_WEBHOOKS',
}

const STATUS: Record<PublishingErrorCode, number> = {
  [PublishingErrorCode.WebhookNotFound]: 404,
  [PublishingErrorCode.DeliveryNotFound]: 404,
  [PublishingErrorCode.DeliveryNotFailed]: 409,
  [PublishingErrorCode.TopicNotAllowed]: 400,
  [PublishingErrorCode.InsecureUrl]: 400,
  [PublishingErrorCode.UrlNotAllowed]: 400,
  [PublishingErrorCode.OwnerAmbiguous]: 400,
  [PublishingErrorCode.UnknownOwner]: 422,
  [PublishingErrorCode.TooManyWebhooks]: 409,
};

export class PublishingError extends moduleError<PublishingErrorCode>(STATUS) {}
