import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { ExternalEventType } from './domain/external-events.js';

const toInt = ({ value }: { value: unknown }): unknown => (value === undefined || value === '' ? undefined : Number(value));

export class CreateWebhookDto {
  /**
   * An http(s) URL on a public internet address (https in production), without credentials. Only the shape
   * is checked here; the service refuses private, loopback, link-local, metadata and numeric-form targets
   * with WEBHOOK_URL_NOT_ALLOWED, and every delivery checks the resolved addresses again.
   */
  @ApiProperty({ maxLength: 2000, description: 'http(s) URL on a public address, without credentials (https in production)', example: 'https://shop.example.com/hooks/candor' })
  @IsString() @IsSafeText() @MaxLength(2000)
  @Matches(/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i, { message: 'url must be an http or https URL' })
  public url: string;

  @ApiProperty({ enum: ExternalEventType, isArray: true, minItems: 1, maxItems: 20, uniqueItems: true, example: [ExternalEventType.ReviewPublished, ExternalEventType.ReviewRemoved] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique()
  @IsIn(Object.values(ExternalEventType), { each: true })
  public topics: string[];

  /** Admin only: register for a merchant… */
  @ApiPropertyOptional({ format: 'uuid', description: 'Admin only: register for this merchant' })
  @IsOptional() @IsUUID()
  public merchantId?: string;

  /** …or for a channel (author notices); neither: a storefront webhook. */
  @ApiPropertyOptional({ format: 'uuid', description: 'Admin only: register for this channel (author notices); neither: a storefront webhook' })
  @IsOptional() @IsUUID()
  public channelId?: string;
}

export class WebhookDeliveryParamsDto {
  @ApiProperty({ format: 'uuid', description: 'Webhook id' })
  @IsUUID('all', { message: 'id must be a UUID' })
  public id: string;

  @ApiProperty({ format: 'uuid', description: 'Delivery id' })
  @IsUUID('all', { message: 'deliveryId must be a UUID' })
  public deliveryId: string;
}

export class ListDeliveriesQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'succeeded', 'failed', 'cancelled'] })
  @IsOptional() @IsIn(['pending', 'succeeded', 'failed', 'cancelled'])
  public state?: 'pending' | 'succeeded' | 'failed' | 'cancelled';

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500)
  public limit?: number;
}

export class EventFeedQueryDto {
  /** The `cursor` of the last event seen (0 or absent: from the beginning). */
  @ApiPropertyOptional({ pattern: '^\\d{1,18}$', description: 'The cursor of the last event seen (0 or absent: from the beginning)', example: '1042' })
  @IsOptional() @IsString() @Matches(/^\d{1,18}$/, { message: 'after must be a cursor (a non-negative integer)' })
  public after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500)
  public limit?: number;
}
