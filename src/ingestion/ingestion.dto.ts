import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public externalId: string;

  @ApiPropertyOptional({ maxLength: 100, type: 'string' })
  @IsOptional() @IsString() @MaxLength(100) @IsSafeText()
  public displayName?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsDateString({ strict: true })
  public accountCreatedAt?: string;
}

export class IncentiveDto {
  @ApiProperty({ enum: INCENTIVE_TYPES })
  @IsIn(INCENTIVE_TYPES)
  public type: IncentiveType;
}

/** Fields every intake item has, review or other UGC. */
export class IntakeItemBaseDto {
  @ApiPropertyOptional({ pattern: CODE.source, type: 'string' })
  @IsOptional() @IsString() @Matches(CODE, { message: 'channel must be a channel code' })
  public channel?: string;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public externalId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  public productId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public sku?: string;

  @ApiProperty({ minLength: 1, maxLength: MAX_BODY_CHARS, pattern: NOT_BLANK.source, type: 'string' })
  @IsString() @Length(1, MAX_BODY_CHARS, { message: `body must be 1 to ${MAX_BODY_CHARS} characters` })
  @Matches(NOT_BLANK, { message: 'body must not be blank' }) @IsSafeText()
  public body: string;

  @ApiPropertyOptional({ pattern: LANGUAGE_TAG.source, type: 'string' })
  @IsOptional() @IsString() @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "zh-CN"' })
  public language?: string;

  @ApiPropertyOptional({ maxItems: 20, type: 'string', format: 'uri', isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true }) @MaxLength(2000, { each: true })
  public mediaUrls?: string[];

  // IsObject: ValidateNested alone lets a missing reviewer through (class-validator skips undefined nested values).
  @ApiProperty({ type: () => ReviewerDto })
  @IsObject() @ValidateNested() @Type(() => ReviewerDto)
  public reviewer: ReviewerDto;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsDateString({ strict: true })
  public submittedAt?: string;

  @ApiPropertyOptional({ type: 'string' })
  @IsOptional() @IsIP()
  public ip?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public deviceId?: string;
}

export class CreateReviewDto extends IntakeItemBaseDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 })
  @IsInt() @Min(1) @Max(5)
  public rating: number;

  @ApiPropertyOptional({ maxLength: 300, type: 'string' })
  @IsOptional() @IsString() @MaxLength(300) @IsSafeText()
  public title?: string;

  /** Checked against reported purchases server-side; never taken as proof on its own. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string', description: 'Checked against reported purchases server-side; never taken as proof on its own.' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public orderRef?: string;

  /** The review was solicited through this invitation (disclosed as `invitation`). */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string', description: 'The review was solicited through this invitation (disclosed as `invitation`).' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public invitationId?: string;

  @ApiPropertyOptional({ type: () => IncentiveDto })
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
  @ApiProperty({ enum: UGC_KINDS })
  @IsIn(UGC_KINDS)
  public kind: Exclude<ContentKind, 'review'>;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  public parentId?: string;
}

export class EditReviewDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 5 })
  @IsOptional() @IsInt() @Min(1) @Max(5)
  public rating?: number;

  @ApiPropertyOptional({ maxLength: 300, type: 'string' })
  @IsOptional() @IsString() @MaxLength(300) @IsSafeText()
  public title?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_BODY_CHARS, pattern: NOT_BLANK.source, type: 'string' })
  @IsOptional() @IsString() @Length(1, MAX_BODY_CHARS) @Matches(NOT_BLANK, { message: 'body must not be blank' }) @IsSafeText()
  public body?: string;

  @ApiPropertyOptional({ maxItems: 20, type: 'string', format: 'uri', isArray: true })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { each: true })
  public mediaUrls?: string[];
}

export class CreatePurchaseDto {
  @ApiPropertyOptional({ pattern: CODE.source, type: 'string' })
  @IsOptional() @IsString() @Matches(CODE)
  public channel?: string;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public orderRef: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  public productId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public sku?: string;

  // IsObject: ValidateNested alone lets a missing reviewer through (class-validator skips undefined nested values).
  @ApiProperty({ type: () => ReviewerDto })
  @IsObject() @ValidateNested() @Type(() => ReviewerDto)
  public reviewer: ReviewerDto;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  public purchasedAt: string;
}

export type IntakeOutcome = 'accepted' | 'duplicate' | 'edited';

export class IntakeResult {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ enum: ['accepted', 'duplicate', 'edited'] })
  public status: IntakeOutcome;

  @ApiProperty({ type: 'string' })
  public reviewStatus: string;
}

export class BulkItemResult {
  @ApiProperty({ type: 'number' })
  public index: number;

  @ApiPropertyOptional({ type: 'string' })
  public externalId?: string;

  @ApiProperty({ enum: ['accepted', 'duplicate', 'edited', 'rejected'] })
  public outcome: IntakeOutcome | 'rejected';

  @ApiPropertyOptional({ type: 'string', format: 'uuid' })
  public id?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  public error?: { statusCode: number; code: string; message: string; details?: unknown };
}

/** `POST /v1/reviews:bulk?mode=import`: history, scored in event time and marked historical (admin and channel keys). */
export class BulkIntakeQueryDto {
  @ApiPropertyOptional({ enum: INTAKE_MODES })
  @IsOptional() @IsIn(INTAKE_MODES, { message: `mode must be one of ${INTAKE_MODES.join(', ')}` })
  public mode?: IntakeMode;
}

export class BulkResult {
  @ApiPropertyOptional({ type: 'string', format: 'uuid', description: "In import mode: the import's id, for GET /v1/imports/:id (scoring progress)." })
  public importId?: string;

  @ApiProperty({ type: 'number' })
  public received: number;

  @ApiProperty({ type: 'number' })
  public accepted: number;

  @ApiProperty({ type: 'number' })
  public duplicates: number;

  @ApiProperty({ type: 'number' })
  public edited: number;

  @ApiProperty({ type: 'number' })
  public rejected: number;

  @ApiProperty({ type: () => BulkItemResult, isArray: true })
  public results: BulkItemResult[];
}
