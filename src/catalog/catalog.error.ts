import { DomainError } from '../common/errors/domain-error.js';

export enum CatalogErrorCode {
  MerchantNotFound = 'MERCHANT_NOT_FOUND',
  ProductNotFound = 'PRODUCT_NOT_FOUND',
  ChannelNotFound = 'CHANNEL_NOT_FOUND',
  DuplicateMerchantSlug = 'DUPLICATE_MERCHANT_SLUG',
  DuplicateProductSku = 'DUPLICATE_PRODUCT_SKU',
  DuplicateChannelCode = 'DUPLICATE_CHANNEL_CODE',
  DuplicateListing = 'DUPLICATE_LISTING',
  OutOfScope = 'OUT_OF_SCOPE',
}

const STATUS: Record<CatalogErrorCode, number> = {
  [CatalogErrorCode.MerchantNotFound]: 404,
  [CatalogErrorCode.ProductNotFound]: 404,
  [CatalogErrorCode.ChannelNotFound]: 404,
  [CatalogErrorCode.DuplicateMerchantSlug]: 409,
  [CatalogErrorCode.DuplicateProductSku]: 409,
  [CatalogErrorCode.DuplicateChannelCode]: 409,
  [CatalogErrorCode.DuplicateListing]: 409,
  [CatalogErrorCode.OutOfScope]: 403,
};

export class CatalogError extends DomainError {
  public readonly status: number;

  public constructor(public readonly code: CatalogErrorCode, message: string, details?: unknown) {
    super(message, details);
    this.status = STATUS[code];
  }
}
