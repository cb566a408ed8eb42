import { moduleError } from '../common/errors/domain-error.js';

export enum ReviewsErrorCode {
  ReviewNotFound = 'REVIEW_NOT_FOUND',
  NotEditable = 'REVIEW_NOT_EDITABLE',
}

const STATUS: Record<ReviewsErrorCode, number> = {
  [ReviewsErrorCode.ReviewNotFound]: 404,
  [ReviewsErrorCode.NotEditable]: 409,
};

export class ReviewsError extends moduleError<ReviewsErrorCode>(STATUS) {}
