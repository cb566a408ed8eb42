import { moduleError } from '../common/errors/domain-error.js';

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

export class CatalogError extends moduleError<CatalogErrorCode>(STATUS) {}
