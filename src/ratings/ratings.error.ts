import { DomainError } from '../common/errors/domain-error.js';

export enum RatingsErrorCode {
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  InvalidCursor = 'INVALID_CURSOR',
}

const STATUS: Record<RatingsErrorCode, number> = {
  [RatingsErrorCode.ProductNotFound]: 404,
  [RatingsErrorCode.InvalidCursor]: 400,
};

export class RatingsError extends DomainError {
  public readonly status: number;

  public constructor(public readonly code: RatingsErrorCode, message: string, details?: unknown) {
    super(message, details);
    this.status = STATUS[code];
  }
}
