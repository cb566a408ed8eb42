import { moduleError } from '../common/errors/domain-error.js';

export enum RatingsErrorCode {
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  InvalidAspectFilter = 'INVALID_ASPECT_FILTER',
}

const STATUS: Record<RatingsErrorCode, number> = {
  [RatingsErrorCode.ProductNotFound]: 404,
  [RatingsErrorCode.InvalidCursor]: 400,
  [RatingsErrorCode.ReviewNotFound]: 404,
  [RatingsErrorCode.InvalidAspectFilter]: 400,
};

export class RatingsError extends moduleError<RatingsErrorCode>(STATUS) {}
