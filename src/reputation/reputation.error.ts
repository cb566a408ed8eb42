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
};

export class ReputationError extends moduleError<ReputationErrorCode>(STATUS) {}
