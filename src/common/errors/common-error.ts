import { moduleError } from './domain-error.js';

/** Errors raised by the HTTP layer itself (parsing, validation, auth). */
export enum CommonErrorCode {
  MalformedJson = 'MALFORMED_JSON',
  InvalidUtf8 = 'INVALID_UTF8',
  JsonTooDeep = 'JSON_TOO_DEEP',
  UnsafeJsonKey = 'UNSAFE_JSON_KEY',
  HeadersTooLarge = 'HEADERS_TOO_LARGE',
  RequestTimeout = 'REQUEST_TIMEOUT',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  AuthRateLimited = 'AUTH_RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  IntakeBusy = 'INTAKE_BUSY',
  BadRequest = 'BAD_REQUEST',
  Internal = 'INTERNAL_ERROR',
}

const STATUS: Record<CommonErrorCode, number> = {
  [CommonErrorCode.MalformedJson]: 400,
  [CommonErrorCode.InvalidUtf8]: 400,
  [CommonErrorCode.JsonTooDeep]: 400,
  [CommonErrorCode.UnsafeJsonKey]: 400,
  [CommonErrorCode.HeadersTooLarge]: 431,
  [CommonErrorCode.RequestTimeout]: 408,
  [CommonErrorCode.PayloadTooLarge]: 413,
  [CommonErrorCode.UnsupportedMediaType]: 415,
  [CommonErrorCode.ValidationFailed]: 400,
  [CommonErrorCode.Unauthenticated]: 401,
  [CommonErrorCode.Forbidden]: 403,
  [CommonErrorCode.NotFound]: 404,
  [CommonErrorCode.MethodNotAllowed]: 405,
  [CommonErrorCode.Conflict]: 409,
  [CommonErrorCode.RateLimited]: 429,
  [CommonErrorCode.AuthRateLimited]: 429,
  [CommonErrorCode.ServiceUnavailable]: 503,
  [CommonErrorCode.IntakeBusy]: 503,
  [CommonErrorCode.BadRequest]: 400,
  [CommonErrorCode.Internal]: 500,
};

export class CommonError extends moduleError<CommonErrorCode>(STATUS) {}
