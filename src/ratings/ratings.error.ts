import { moduleError } from '../common/errors/domain-error.js';

export enum RatingsErrorCode {
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

const STATUS: Record<RatingsErrorCode, number> = {
  [RatingsErrorCode.ProductNotFound]: 404,
  [RatingsErrorCode.InvalidCursor]: 400,
};

export class RatingsError extends moduleError<RatingsErrorCode>(STATUS) {}
