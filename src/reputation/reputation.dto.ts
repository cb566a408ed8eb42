import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { SCOPE_TYPES, type ScopeType } from './domain/taxonomy.js';

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
