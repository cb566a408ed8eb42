import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { COMPLAINT_CATEGORIES, SCOPE_TYPES, type ComplaintCategory, type ScopeType } from './domain/taxonomy.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = { message: '$property must be a date YYYY-MM-DD' };

/** Optional period; defaults to the last 90 days, at most 731 days. */
export class PeriodQueryDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day (UTC), inclusive' })
  @IsOptional() @IsSafeText() @Matches(DAY, DAY_MESSAGE)
  public from?: string;

  @ApiPropertyOptional({ example: '2026-03-31', description: 'Last day (UTC), inclusive' })
  @IsOptional() @IsSafeText() @Matches(DAY, DAY_MESSAGE)
  public to?: string;
}

export class IndicatorsQueryDto extends PeriodQueryDto {
  @ApiProperty({ enum: SCOPE_TYPES })
  @IsIn(SCOPE_TYPES)
  public scope: ScopeType;

  @ApiPropertyOptional({ description: 'Merchant, product or channel id; merchants may omit it for their own scope' })
  @IsOptional() @IsUUID('all')
  public id?: string;

  @ApiPropertyOptional({ description: 'Restrict a platform, merchant or product scope to one channel (merchant × channel, product × channel)' })
  @IsOptional() @IsUUID('all')
  public channelId?: string;
}

export class SuppressionAuditQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ description: 'Omit for platform-wide (admin, moderator); merchants get their own' })
  @IsOptional() @IsUUID('all')
  public merchantId?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional() @IsIn(['json', 'csv'])
  public format?: 'json' | 'csv';
}

export class TransparencyQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'html'] })
  @IsOptional() @IsIn(['json', 'html'])
  public format?: 'json' | 'html';
}

export class OrderCountItemDto {
  @ApiProperty({ example: '2026-03-01' })
  @IsSafeText() @Matches(DAY, DAY_MESSAGE)
  public day: string;

  @ApiProperty() @IsUUID('all')
  public productId: string;

  @ApiProperty() @IsUUID('all')
  public channelId: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100_000_000)
  public orders: number;

  @ApiPropertyOptional({ minimum: 0, description: 'Complaints received outside reviews (customer service tickets)' })
  @IsOptional() @IsInt() @Min(0) @Max(100_000_000)
  public complaints?: number;
}

export class PutOrderCountsDto {
  @ApiProperty({ type: [OrderCountItemDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => OrderCountItemDto)
  public items: OrderCountItemDto[];
}

/** One explicit complaint (customer-service ticket, dispute) a channel received: the complaint-rate numerator. */
export class CreateComplaintDto {
  @ApiProperty({ description: "The channel's own id for the complaint; a resend with the same id is a duplicate", example: 'cs-ticket-8812' })
  @IsString() @Length(1, 200) @IsSafeText()
  public externalId: string;

  @ApiPropertyOptional({ description: 'Required with an admin key; a channel key sends for its own channel (may omit it)' })
  @IsOptional() @IsUUID('all')
  public channelId?: string;

  @ApiProperty() @IsUUID('all')
  public productId: string;

  @ApiPropertyOptional({ description: 'When the shopper complained (ISO 8601); defaults to receipt. Counted on this UTC day' })
  @IsOptional() @IsDateString({ strict: true })
  public occurredAt?: string;

  @ApiPropertyOptional({ enum: COMPLAINT_CATEGORIES })
  @IsOptional() @IsIn(COMPLAINT_CATEGORIES)
  public category?: ComplaintCategory;

  @ApiPropertyOptional({ description: "The channel's order reference, if the complaint is about an order" })
  @IsOptional() @IsString() @Length(1, 200) @IsSafeText()
  public orderRef?: string;
}

export class ComplaintResult {
  @ApiProperty({ format: 'uuid' })
  public id: string;

  @ApiProperty({ description: 'True when this (channel, externalId) was already recorded with the same content (200, nothing written)' })
  public duplicate: boolean;
}

export class RefreshRollupsDto {
  @ApiPropertyOptional({ description: 'Force-rebuild this range as well as the changed days' })
  @IsOptional() @IsSafeText() @Matches(DAY, DAY_MESSAGE)
  public from?: string;

  @ApiPropertyOptional()
  @IsOptional() @IsSafeText() @Matches(DAY, DAY_MESSAGE)
  public to?: string;
}

export class OrderCountsResult {
  @ApiProperty({ type: 'number' })
  public upserted: number;
}

export class RefreshResult {
  @ApiProperty({ type: 'string' })
  public jobId: string;

  @ApiProperty({ type: 'string' })
  public state: string;
}

export class RollupStatusView {
  @ApiProperty({ type: 'string', nullable: true })
  public watermark: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public lastStartedAt: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  public lastFinishedAt: string | null;

  @ApiProperty({ type: 'number' })
  public lastDays: number;

  @ApiProperty({ type: 'number' })
  public progress: number;
}
