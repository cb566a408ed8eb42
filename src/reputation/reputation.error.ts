import { moduleError } from '../common/errors/domain-error.js';

export enum ReputationErrorCode {
  InvalidPeriod = 'INVALID_PERIOD',
  ScopeIdRequired = 'SCOPE_ID_REQUIRED',
  ScopeNotFound = 'SCOPE_NOT_FOUND',
  OutOfScope = 'OUT_OF_SCOPE',
  UnknownProduct = 'UNKNOWN_PRODUCT',
  UnknownChannel = 'UNKNOWN_CHANNEL',
  ChannelMismatch = 'CHANNEL_MISMATCH',
  DuplicateInRequest = 'DUPLICATE_IN_REQUEST',
  ChannelFilterConflict = 'CHANNEL_FILTER_CONFLICT',
  ChannelRequired = 'CHANNEL_REQUIRED',
  ComplaintConflict = 'COMPLAINT_CONFLICT',
  RefreshRateLimited = 'REFRESH_RATE_LIMITED',
  OccurredInFuture = 'OCCURRED_IN_FUTURE',
}

const STATUS: Record<ReputationErrorCode, number> = {
  [ReputationErrorCode.InvalidPeriod]: 400,
  [ReputationErrorCode.ScopeIdRequired]: 400,
  [ReputationErrorCode.ScopeNotFound]: 404,
  [ReputationErrorCode.OutOfScope]: 403,
  [ReputationErrorCode.UnknownProduct]: 422,
  [ReputationErrorCode.UnknownChannel]: 422,
  [ReputationErrorCode.ChannelMismatch]: 403,
  [ReputationErrorCode.DuplicateInRequest]: 400,
  [ReputationErrorCode.ChannelFilterConflict]: 400,
  [ReputationErrorCode.ChannelRequired]: 400,
  [ReputationErrorCode.ComplaintConflict]: 409,
  [ReputationErrorCode.RefreshRateLimited]: 429,
  [ReputationErrorCode.OccurredInFuture]: 400,
};

export class ReputationError extends moduleError<ReputationErrorCode>(STATUS) {}
