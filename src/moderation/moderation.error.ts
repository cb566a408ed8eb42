import { DomainError } from '../common/errors/domain-error.js';

export enum ModerationErrorCode {
  ItemNotFound = 'ITEM_NOT_FOUND',
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  DecisionNotFound = 'DECISION_NOT_FOUND',
  AppealNotFound = 'APPEAL_NOT_FOUND',
  StaleVersion = 'STALE_VERSION',
  ItemClosed = 'ITEM_CLOSED',
  AlreadyClaimed = 'ALREADY_CLAIMED',
  NotClaimed = 'NOT_CLAIMED',
  NotClaimant = 'NOT_CLAIMANT',
  SeniorRequired = 'SENIOR_REQUIRED',
  InvalidTransition = 'INVALID_TRANSITION',
  ReasonCodeRequired = 'REASON_CODE_REQUIRED',
  ReasonTextRequired = 'REASON_TEXT_REQUIRED',
  NotReportable = 'REVIEW_NOT_REPORTABLE',
  AppealWindowClosed = 'APPEAL_WINDOW_CLOSED',
  NotAppealable = 'DECISION_NOT_APPEALABLE',
  AppealExists = 'APPEAL_EXISTS',
  SameModerator = 'SAME_MODERATOR',
  DecisionSuperseded = 'DECISION_SUPERSEDED',
  InvalidCursor = 'INVALID_CURSOR',
  InvalidPeriod = 'INVALID_PERIOD',
  OutOfScope = 'OUT_OF_SCOPE',
}

const STATUS: Record<ModerationErrorCode, number> = {
  [ModerationErrorCode.ItemNotFound]: 404,
  [ModerationErrorCode.ReviewNotFound]: 404,
  [ModerationErrorCode.DecisionNotFound]: 404,
  [ModerationErrorCode.AppealNotFound]: 404,
  [ModerationErrorCode.StaleVersion]: 409,
  [ModerationErrorCode.ItemClosed]: 409,
  [ModerationErrorCode.AlreadyClaimed]: 409,
  [ModerationErrorCode.NotClaimed]: 409,
  [ModerationErrorCode.NotClaimant]: 403,
  [ModerationErrorCode.SeniorRequired]: 403,
  [ModerationErrorCode.InvalidTransition]: 409,
  [ModerationErrorCode.ReasonCodeRequired]: 400,
  [ModerationErrorCode.ReasonTextRequired]: 400,
  [ModerationErrorCode.NotReportable]: 409,
  [ModerationErrorCode.AppealWindowClosed]: 422,
  [ModerationErrorCode.NotAppealable]: 422,
  [ModerationErrorCode.AppealExists]: 409,
  [ModerationErrorCode.SameModerator]: 403,
  [ModerationErrorCode.DecisionSuperseded]: 409,
  [ModerationErrorCode.InvalidCursor]: 400,
  [ModerationErrorCode.InvalidPeriod]: 400,
  [ModerationErrorCode.OutOfScope]: 403,
};

export class ModerationError extends DomainError {
  public readonly status: number;

  public constructor(public readonly code: ModerationErrorCode, message: string, details?: unknown) {
    super(message, details);
    this.status = STATUS[code];
  }
}
