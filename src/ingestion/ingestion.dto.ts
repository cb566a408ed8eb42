import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsIn, IsInt, IsIP, IsObject, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { CONTENT_KINDS, INCENTIVE_TYPES, INTAKE_MODES, type ContentKind, type IncentiveType, type IntakeMode } from '../reviews/review-status.js';

export const NOT_BLANK = /\S/;
export const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const MAX_BODY_CHARS = 20_000;
export const MAX_BULK_ITEMS = 10_000;

export class ReviewerDto {
  @IsString() @Length(1, 200) @IsSafeText()
  public externalId: string;

  @IsOptional() @IsString() @MaxLength(100) @IsSafeText()
  public displayName?: string;

  @IsOptional() @IsDateString({ strict: true })
  public accountCreatedAt?: string;
}

export class IncentiveDto {
  @IsIn(INCENTIVE_TYPES)
  public type: IncentiveType;
}

/** Fields every intake item has, review or other UGC. */
export class IntakeItemBaseDto {
  @IsOptional() @IsString() @Matches(CODE, { message: 'channel must be a channel code' })
  public channel?: string;

  @IsString() @Length(1, 200) @IsSafeText()
  public externalId: string;

  @IsOptional() @IsUUID()
  public productId?: string;

  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public sku?: string;

  @IsString() @Length(1, MAX_BODY_CHARS, { message: `body must be 1 to ${MAX_BODY_CHARS} characters` })
  @Matches(NOT_BLANK, { message: 'body must not be blank' }) @IsSafeText()
  public body: string;

  @IsOptional() @IsString() @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "zh-CN"' })
  public language?: string;

  @IsOptional() @IsArray() @ArrayMaxSize(20)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true }) @MaxLength(2000, { each: true })
  public mediaUrls?: string[];

  // IsObject: ValidateNested alone lets a missing reviewer through (class-validator skips undefined nested values).
  @IsObject() @ValidateNested() @Type(() => ReviewerDto)
  public reviewer: ReviewerDto;

  @IsOptional() @IsDateString({ strict: true })
  public submittedAt?: string;

  @IsOptional() @IsIP()
  public ip?: string;

  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public deviceId?: string;
}

export class CreateReviewDto extends IntakeItemBaseDto {
  @IsInt() @Min(1) @Max(5)
  public rating: number;

  @IsOptional() @IsString() @MaxLength(300) @IsSafeText()
  public title?: string;

  /** Checked against reported purchases server-side; never taken as proof on its own. */
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public orderRef?: string;

  /** The review was solicited through this invitation (disclosed as `invitation`). */
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public invitationId?: string;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => IncentiveDto)
  public incentive?: IncentiveDto;

  /** The shopper's explicit answer to "would you recommend it?", when the channel asks; otherwise the text decides (reputation). */
  @IsOptional() @IsBoolean()
  public recommends?: boolean;

  /** 0–10 likelihood-to-recommend answer (the NPS-style score), when the channel asks it. Recorded on first intake. */
  @IsOptional() @IsInt() @Min(0) @Max(10)
  public npsScore?: number;
}

const UGC_KINDS = CONTENT_KINDS.filter((k) => k !== 'review');

export class CreateUgcDto extends IntakeItemBaseDto {
  @IsIn(UGC_KINDS)
  public kind: Exclude<ContentKind, 'review'>;

  @IsOptional() @IsUUID()
  public parentId?: string;
}

export class EditReviewDto {
  @IsOptional() @IsInt() @Min(1) @Max(5)
  public rating?: number;

  @IsOptional() @IsString() @MaxLength(300) @IsSafeText()
  public title?: string;

  @IsOptional() @IsString() @Length(1, MAX_BODY_CHARS) @Matches(NOT_BLANK, { message: 'body must not be blank' }) @IsSafeText()
  public body?: string;

  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true })
  public mediaUrls?: string[];
}

export class CreatePurchaseDto {
  @IsOptional() @IsString() @Matches(CODE)
  public channel?: string;

  @IsString() @Length(1, 200) @IsSafeText()
  public orderRef: string;

  @IsOptional() @IsUUID()
  public productId?: string;

  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public sku?: string;

  // IsObject: ValidateNested alone lets a missing reviewer through (class-validator skips undefined nested values).
  @IsObject() @ValidateNested() @Type(() => ReviewerDto)
  public reviewer: ReviewerDto;

  @IsDateString({ strict: true })
  public purchasedAt: string;
}

export type IntakeOutcome = 'accepted' | 'duplicate' | 'edited';

export interface IntakeResult {
  id: string;
  status: IntakeOutcome;
  reviewStatus: string;
}

export interface BulkItemResult {
  index: number;
  externalId?: string;
  outcome: IntakeOutcome | 'rejected';
  id?: string;
  error?: { statusCode: number; code: string; message: string; details?: unknown };
}

/** `POST /v1/reviews:bulk?mode=import`: history, scored in event time and marked historical (admin and channel keys). */
export class BulkIntakeQueryDto {
  @IsOptional() @IsIn(INTAKE_MODES, { message: `mode must be one of ${INTAKE_MODES.join(', ')}` })
  public mode?: IntakeMode;
}

export interface BulkResult {
  /** In import mode: the import's id, for GET /v1/imports/:id (scoring progress). */
  importId?: string;
  received: number;
  accepted: number;
  duplicates: number;
  edited: number;
  rejected: number;
  results: BulkItemResult[];
}
