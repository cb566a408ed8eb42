import { moduleError } from '../common/errors/domain-error.js';

export enum ResponsesErrorCode {
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  ResponseNotFound = 'RESPONSE_NOT_FOUND',
  PublicResponseExists = 'PUBLIC_RESPONSE_EXISTS',
  NotEditable = 'RESPONSE_NOT_EDITABLE',
  NotHeld = 'RESPONSE_NOT_HELD',
  InvalidCursor = 'INVALID_CURSOR',
  MerchantRequired = 'MERCHANT_ID_REQUIRED',
  OutOfScope = 'OUT_OF_SCOPE',
  NotAReview = 'NOT_A_REVIEW',
}

const STATUS: Record<ResponsesErrorCode, number> = {
  [ResponsesErrorCode.ReviewNotFound]: 404,
  [ResponsesErrorCode.ResponseNotFound]: 404,
  [ResponsesErrorCode.PublicResponseExists]: 409,
  [ResponsesErrorCode.NotEditable]: 409,
  [ResponsesErrorCode.NotHeld]: 409,
  [ResponsesErrorCode.InvalidCursor]: 400,
  [ResponsesErrorCode.MerchantRequired]: 400,
  [ResponsesErrorCode.OutOfScope]: 403,
  [ResponsesErrorCode.NotAReview]: 422,
};

export class ResponsesError extends moduleError<ResponsesErrorCode>(STATUS) {}
