import { ApiPropertyOptional } from '@nestjs/swagger';
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
  @Transform(trim) @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(5000)
  public body: string;

  @IsIn(['public', 'private'])
  public visibility: 'public' | 'private' = 'public';
}

export class EditResponseDto {
  @Transform(trim) @IsString() @IsSafeText() @IsNotEmpty() @MaxLength(5000)
  public body: string;
}

export class ResponseDecisionDto {
  @IsIn(['approve', 'reject'])
  public decision: 'approve' | 'reject';

  @IsOptional() @IsString() @IsSafeText() @Matches(/^[a-z][a-z0-9_]{1,63}$/)
  public reasonCode?: string;

  @IsOptional() @IsString() @IsSafeText() @MaxLength(2000)
  public note?: string;
}

export class ListResponsesQueryDto {
  @IsIn(['held', 'published', 'rejected'])
  public state: 'held' | 'published' | 'rejected';

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(200)
  public limit?: number;
}

export class FlagReviewDto {
  @IsIn(FLAG_REASONS)
  public reasonCode: (typeof FLAG_REASONS)[number];

  @IsOptional() @IsString() @IsSafeText() @MaxLength(2000)
  public note?: string;
}

export class MerchantReviewsQueryDto {
  /** Admin/moderator: whose reviews (merchant keys are always their own). */
  @IsOptional() @IsUUID()
  public merchantId?: string;

  /** sentiment_asc: most negative first; sentiment_desc: most positive first (unscored reviews last in both). */
  @ApiPropertyOptional({ enum: ['recent', 'unanswered_first', 'negative_first', 'sentiment_asc', 'sentiment_desc'], description: 'sentiment_asc: most negative first; sentiment_desc: most positive first (unscored reviews last in both)' })
  @IsOptional() @IsIn(['recent', 'unanswered_first', 'negative_first', 'sentiment_asc', 'sentiment_desc'])
  public sort?: 'recent' | 'unanswered_first' | 'negative_first' | 'sentiment_asc' | 'sentiment_desc';

  @IsOptional() @Transform(toBool) @IsBoolean()
  public answered?: boolean;

  @IsOptional() @Transform(toBool) @IsBoolean()
  public negative?: boolean;

  @IsOptional() @IsString() @IsSafeText() @MaxLength(100)
  public channel?: string;

  @ApiPropertyOptional({ example: 'logistics', description: 'Only reviews tagged with this aspect' })
  @IsOptional() @IsString() @IsSafeText() @MaxLength(100)
  public aspect?: string;

  @ApiPropertyOptional({ enum: ['positive', 'negative', 'mixed', 'neutral'], description: 'Only reviews with this sentiment label (routes attention, never publication)' })
  @IsOptional() @IsIn(['positive', 'negative', 'mixed', 'neutral'])
  public sentiment?: 'positive' | 'negative' | 'mixed' | 'neutral';

  @IsOptional() @IsIn(REVIEW_STATUSES)
  public status?: string;

  @IsOptional() @IsString() @MaxLength(600)
  public cursor?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  public limit?: number;
}
