import { isUUID, length, matches, maxLength } from 'class-validator';
import { isSafeText } from '../common/validation/safe-text.decorator.js';
import { CODE, LANGUAGE_TAG, MAX_BODY_CHARS, NOT_BLANK, type CreateReviewDto } from './ingestion.dto.js';

/*
 * Bulk intake spends most of its CPU in class-validator's metadata walk (≈65 µs per item).
 * This check accepts only the common review shape and applies the same predicate functions
 * class-validator's decorators on CreateReviewDto call; anything else (another field, a null,
 * a failure) returns false and the item goes through class-validator, which stays the single
 * source of truth for every error message. It must never accept what CreateReviewDto rejects.
 */

const REVIEW_KEYS = new Set(['externalId', 'channel', 'sku', 'productId', 'rating', 'title', 'body', 'language', 'reviewer', 'orderRef']);
const REVIEWER_KEYS = new Set(['externalId', 'displayName']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** @IsString() @Length(min, max) @IsSafeText() */
const safeText = (value: unknown, min: number, max: number): boolean => length(value, min, max) && isSafeText(value);

/** An optional field: absent passes; present must pass `check` (null is left to class-validator). */
const optional = (obj: Record<string, unknown>, key: string, check: (value: unknown) => boolean): boolean =>
  !(key in obj) || check(obj[key]);

const onlyKeys = (obj: Record<string, unknown>, allowed: Set<string>): boolean => Object.keys(obj).every((k) => allowed.has(k));

function reviewerPasses(value: unknown): boolean {
  if (!isPlainObject(value) || !onlyKeys(value, REVIEWER_KEYS)) return false;
  return safeText(value.externalId, 1, 200) && optional(value, 'displayName', (v) => maxLength(v, 100) && isSafeText(v));
}

function bodyPasses(value: unknown): boolean {
  return length(value, 1, MAX_BODY_CHARS) && matches(value as string, NOT_BLANK) && isSafeText(value);
}

/** True only when CreateReviewDto validation would certainly pass for `raw`. */
export function isPlainValidReview(raw: unknown): raw is CreateReviewDto {
  if (!isPlainObject(raw) || !onlyKeys(raw, REVIEW_KEYS)) return false;
  const rating = raw.rating;
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5
    && safeText(raw.externalId, 1, 200)
    && bodyPasses(raw.body)
    && reviewerPasses(raw.reviewer)
    && optional(raw, 'channel', (v) => typeof v === 'string' && matches(v, CODE))
    && optional(raw, 'productId', (v) => isUUID(v))
    && optional(raw, 'sku', (v) => safeText(v, 1, 200))
    && optional(raw, 'title', (v) => maxLength(v, 300) && isSafeText(v))
    && optional(raw, 'language', (v) => typeof v === 'string' && matches(v, LANGUAGE_TAG))
    && optional(raw, 'orderRef', (v) => safeText(v, 1, 200));
}
