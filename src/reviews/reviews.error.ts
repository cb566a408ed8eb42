import { DomainError } from '../common/errors/domain-error.js';

export enum ReviewsErrorCode {
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  NotEditable = 'REVIEW_NOT_EDITABLE',
}

const STATUS: Record<ReviewsErrorCode, number> = {
  [ReviewsErrorCode.ReviewNotFound]: 404,
  [ReviewsErrorCode.NotEditable]: 409,
};

export class ReviewsError extends DomainError {
  public readonly status: number;

  public constructor(public readonly code: ReviewsErrorCode, message: string, details?: unknown) {
    super(message, details);
    this.status = STATUS[code];
  }
}
