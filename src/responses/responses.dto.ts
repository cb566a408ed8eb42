import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { REVIEW_STATUSES } from '../reviews/review-status.js';

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** Same vocabulary as moderation reports (src/moderation/moderation-report.entity.ts), so flags can be merged into them. */
export const FLAG_REASONS = ['spam', 'fake_or_not_genuine', 'incentivised_undisclosed', 'conflict_of_interest', 'off_topic', 'personal_data', 'abuse_harassment', 'illegal_content', 'duplicate', 'other'] as const;

export class CreateResponseDto {
  @ApiProperty({ maxLength: 5000, type: 'string' })
  @Transform(trim) @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(5000)
  public body: string;

  // Optional on the wire (the default applies): the generated client must not make integrators send it.
  @ApiPropertyOptional({ enum: ['public', 'private'], default: 'public' })
  @IsIn(['public', 'private'])
  public visibility: 'public' | 'private' = 'public';
}

export class EditResponseDto {
  @ApiProperty({ maxLength: 5000, type: 'string' })
  @Transform(trim) @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(5000)
  public body: string;
}

export class ResponseDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  public decision: 'approve' | 'reject';

  @ApiPropertyOptional({ pattern: '^[a-z][a-z0-9_]{1,63}$', type: 'string' })
  @IsOptional() @IsString() @IsSafeText() @Matches(/^[a-z][a-z0-9_]{1,63}$/)
  public reasonCode?: string;

  @ApiPropertyOptional({ maxLength: 2000, type: 'string' })
  @IsOptional() @IsString() @IsSafeText() @MaxLength(2000)
  public note?: string;
}

export class ListResponsesQueryDto {
  @ApiProperty({ enum: ['held', 'published', 'rejected'] })
  @IsIn(['held', 'published', 'rejected'])
  public state: 'held' | 'published' | 'rejected';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200 })
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200)
  public limit?: number;
}

export class FlagReviewDto {
  @ApiProperty({ enum: FLAG_REASONS })
  @IsIn(FLAG_REASONS)
  public reasonCode: (typeof FLAG_REASONS)[number];

  @ApiPropertyOptional({ maxLength: 2000, type: 'string' })
  @IsOptional() @IsString() @IsSafeText() @MaxLength(2000)
  public note?: string;
}

export class MerchantReviewsQueryDto {
  /** Admin/moderator: whose reviews (merchant keys are always their own). */
  @ApiPropertyOptional({ format: 'uuid', description: 'Admin/moderator: whose reviews (merchant keys are always their own).' })
  @IsOptional() @IsUUID()
  public merchantId?: string;

  /** sentiment_asc: most negative first; sentiment_desc: most positive first (unscored reviews last in both). */
  @ApiPropertyOptional({ enum: ['recent', 'unanswered_first', 'negative_first', 'sentiment_asc', 'sentiment_desc'], description: 'sentiment_asc: most negative first; sentiment_desc: most positive first (unscored reviews last in both)' })
  @IsOptional() @IsIn(['recent', 'unanswered_first', 'negative_first', 'sentiment_asc', 'sentiment_desc'])
  public sort?: 'recent' | 'unanswered_first' | 'negative_first' | 'sentiment_asc' | 'sentiment_desc';

  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  public answered?: boolean;

  @ApiPropertyOptional({ type: 'boolean' })
  @IsOptional() @Transform(toBool) @IsBoolean()
  public negative?: boolean;

  @ApiPropertyOptional({ maxLength: 100, type: 'string' })
  @IsOptional() @IsString() @IsSafeText() @MaxLength(100)
  public channel?: string;

  @ApiPropertyOptional({ example: 'logistics', description: 'Only reviews tagged with this aspect' })
  @IsOptional() @IsString() @IsSafeText() @MaxLength(100)
  public aspect?: string;

  @ApiPropertyOptional({ enum: ['positive', 'negative', 'mixed', 'neutral'], description: 'Only reviews with this sentiment label (routes attention, never publication)' })
  @IsOptional() @IsIn(['positive', 'negative', 'mixed', 'neutral'])
  public sentiment?: 'positive' | 'negative' | 'mixed' | 'neutral';

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional() @IsIn(REVIEW_STATUSES)
  public status?: string;

  @ApiPropertyOptional({ maxLength: 600, type: 'string' })
  @IsOptional() @IsString() @MaxLength(600)
  public cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100 })
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  public limit?: number;
}
