import { moduleError } from '../common/errors/domain-error.js';

export enum IngestionErrorCode {
  UnknownChannel = 'UNKNOWN_CHANNEL',
  UnknownProduct = 'UNKNOWN_PRODUCT',
  UnknownParent = 'UNKNOWN_PARENT',
  ProductRefRequired = 'PRODUCT_REF_REQUIRED',
  ChannelRequired = 'CHANNEL_REQUIRED',
  ChannelMismatch = 'CHANNEL_MISMATCH',
  BulkTooLarge = 'BULK_TOO_LARGE',
  BulkEmpty = 'BULK_EMPTY',
  BulkNotArray = 'BULK_NOT_ARRAY',
  DuplicateInRequest = 'DUPLICATE_IN_REQUEST',
  InvalidItem = 'VALIDATION_FAILED',
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  NotEditable = 'REVIEW_NOT_EDITABLE',
  IdentityConflict = 'REVIEW_IDENTITY_CONFLICT',
  SubmittedInFuture = 'SUBMITTED_AT_IN_FUTURE',
  SubmittedTooOld = 'SUBMITTED_AT_TOO_OLD',
  ImportNotFound = 'IMPORT_NOT_FOUND',
}

const STATUS: Record<IngestionErrorCode, number> = {
  [IngestionErrorCode.UnknownChannel]: 422,
  [IngestionErrorCode.UnknownProduct]: 422,
  [IngestionErrorCode.UnknownParent]: 422,
  [IngestionErrorCode.ProductRefRequired]: 400,
  [IngestionErrorCode.ChannelRequired]: 400,
  [IngestionErrorCode.ChannelMismatch]: 403,
  [IngestionErrorCode.BulkTooLarge]: 413,
  [IngestionErrorCode.BulkEmpty]: 400,
  [IngestionErrorCode.BulkNotArray]: 400,
  [IngestionErrorCode.DuplicateInRequest]: 409,
  [IngestionErrorCode.InvalidItem]: 400,
  [IngestionErrorCode.ReviewNotFound]: 404,
  [IngestionErrorCode.NotEditable]: 409,
  [IngestionErrorCode.IdentityConflict]: 409,
  [IngestionErrorCode.SubmittedInFuture]: 400,
  [IngestionErrorCode.SubmittedTooOld]: 400,
  [IngestionErrorCode.ImportNotFound]: 404,
};

export class IngestionError extends moduleError<IngestionErrorCode>(STATUS) {}
