import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { ACTIONS, type ModerationAction } from './domain/decision-policy.js';
import { REASON_CODES, type ReasonCode } from './domain/reason-codes.js';

/** Query strings carry 'true'/'false'; anything else is left as-is for @IsBoolean to reject. */
const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export const ASSIGNED = ['mine', 'unassigned', 'any'] as const;
export type Assigned = (typeof ASSIGNED)[number];

/** Queue filters, shared by the listing (query string) and bulk claims (JSON body). */
export class QueueFilterDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID('all')
  public merchantId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID('all')
  public productId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID('all')
  public channelId?: string;

  /** A scoring reason code on the item (e.g. `near_duplicate`), or `reported`. */
  @ApiPropertyOptional({ pattern: '^[a-z0-9_.:-]{1,64}$', type: 'string', description: 'A scoring reason code on the item (e.g. `near_duplicate`), or `reported`.' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9_.:-]{1,64}$/, { message: 'reasonCode must be a lowercase code' })
  public reasonCode?: string;

  /** A signal id that fired (non-zero contribution) in the review's current score, e.g. `burst_product`. */
  @ApiPropertyOptional({ pattern: '^[a-z0-9_.-]{1,64}$', type: 'string', description: "A signal id that fired (non-zero contribution) in the review's current score, e.g. `burst_product`." })
  @IsOptional() @IsString() @Matches(/^[a-z0-9_.-]{1,64}$/, { message: 'signal must be a signal id' })
  public signal?: string;

  /** BCP 47 primary tag or full tag: `zh` matches `zh-CN`. */
  @ApiPropertyOptional({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', type: 'string', description: 'BCP 47 primary tag or full tag: `zh` matches `zh-CN`.' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag' })
  public language?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 525_600 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(525_600)
  public minAgeMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100)
  public minPriority?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100)
  public maxPriority?: number;

  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  public escalated?: boolean;
}

export class QueueQueryDto extends QueueFilterDto {
  @ApiPropertyOptional({ enum: ASSIGNED })
  @IsOptional() @IsIn(ASSIGNED)
  public assigned?: Assigned;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  public limit?: number;

  /** Opaque `nextCursor` from the previous page. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string', description: 'Opaque `nextCursor` from the previous page.' })
  @IsOptional() @IsString() @Length(1, 200)
  public cursor?: string;
}

export class ClaimItemsDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 50 })
  @IsInt() @Min(1) @Max(50)
  public count: number;

  @ApiPropertyOptional({ type: () => QueueFilterDto })
  @IsOptional() @ValidateNested() @Type(() => QueueFilterDto)
  public filters?: QueueFilterDto;
}

export class OpenItemDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  public reviewId: string;
}

class DecisionFields {
  @ApiProperty({ enum: ACTIONS })
  @IsIn(ACTIONS)
  public action: ModerationAction;

  /** Required for fold, hide, remove and request_edit; `other` also needs `reasonText`. */
  @ApiPropertyOptional({ enum: REASON_CODES, description: 'Required for fold, hide, remove and request_edit; `other` also needs `reasonText`' })
  @IsOptional() @IsIn(REASON_CODES)
  public reasonCode?: ReasonCode;

  /** Shown to the author in the statement of reasons. */
  @ApiPropertyOptional({ maxLength: 2000, description: 'Shown to the author in the statement of reasons' })
  @IsOptional() @IsString() @Length(1, 2000) @IsSafeText()
  public reasonText?: string;

  /** Internal note for other moderators; kept in the decision record's facts. */
  @ApiPropertyOptional({ maxLength: 2000, description: "Internal note for other moderators; kept in the decision record's facts" })
  @IsOptional() @IsString() @Length(1, 2000) @IsSafeText()
  public note?: string;
}

export class DecideItemDto extends DecisionFields {
  /** The item version the moderator looked at; a newer one answers 409 STALE_VERSION. */
  @ApiProperty({ description: 'The item version the moderator looked at; a newer one answers 409 STALE_VERSION', minimum: 1 })
  @IsInt() @Min(1)
  public version: number;

  /**
   * After the decision, claim the caller's next item (as `POST /claims` with `count: 1`) in the same statement; the
   * response carries it as `next`, or `next: null` when nothing is claimable. A refused decision claims nothing.
   */
  @ApiPropertyOptional({ description: "Also claim the caller's next best item in the same request; returned as `next` (null when the queue has nothing claimable). A refused decision claims nothing." })
  @IsOptional() @IsBoolean()
  public claimNext?: boolean;

  /** Queue filters for `claimNext`. */
  @ApiPropertyOptional({ type: () => QueueFilterDto, description: 'Queue filters for `claimNext` (same as the queue listing)' })
  @IsOptional() @ValidateNested() @Type(() => QueueFilterDto)
  public nextFilters?: QueueFilterDto;
}

export class BulkSelectionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  public itemId: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt() @Min(1)
  public version: number;
}

export class BulkDecideDto extends DecisionFields {
  @ApiProperty({ minItems: 1, maxItems: 100, type: () => BulkSelectionDto, isArray: true })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => BulkSelectionDto)
  public items: BulkSelectionDto[];
}

export class ReportReviewDto {
  @ApiProperty({ enum: REASON_CODES })
  @IsIn(REASON_CODES)
  public reasonCode: ReasonCode;

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000, type: 'string' })
  @IsOptional() @IsString() @Length(1, 2000) @IsSafeText()
  public note?: string;

  /** Storefronts: a stable pseudonymous id of the shopper, so accuracy is tracked per shopper. */
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, type: 'string', description: 'Storefronts: a stable pseudonymous id of the shopper, so accuracy is tracked per shopper.' })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public shopperRef?: string;
}

export class AppealDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  public decisionId: string;

  @ApiProperty({ minLength: 1, maxLength: 5000, type: 'string' })
  @IsString() @Length(1, 5000) @IsSafeText()
  public statement: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['uphold', 'overturn'] })
  @IsIn(['uphold', 'overturn'])
  public outcome: 'uphold' | 'overturn';

  @ApiPropertyOptional({ minLength: 1, maxLength: 2000, type: 'string' })
  @IsOptional() @IsString() @Length(1, 2000) @IsSafeText()
  public note?: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt() @Min(1)
  public version: number;
}

export class AppealsQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'claimed', 'decided'] })
  @IsOptional() @IsIn(['open', 'claimed', 'decided'])
  public state?: 'open' | 'claimed' | 'decided';

  @ApiPropertyOptional({ enum: ASSIGNED })
  @IsOptional() @IsIn(ASSIGNED)
  public assigned?: Assigned;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  public limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000)
  public offset?: number;
}

export class StatsQueryDto {
  /** Period for time-to-first-decision and automation accuracy; default the last 7 days. */
  @ApiPropertyOptional({ format: 'date-time', description: 'Period for time-to-first-decision and automation accuracy; default the last 7 days.' })
  @IsOptional() @IsISO8601({ strict: true })
  public from?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional() @IsISO8601({ strict: true })
  public to?: string;
}

export class ReportersQueryDto {
  @ApiPropertyOptional({ enum: ['merchant', 'storefront', 'admin'] })
  @IsOptional() @IsIn(['merchant', 'storefront', 'admin'])
  public role?: 'merchant' | 'storefront' | 'admin';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  public limit?: number;
}
