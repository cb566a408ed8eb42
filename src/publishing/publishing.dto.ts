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
  @IsString() @IsSafeText() @MaxLength(2000)
  @Matches(/^https?:\/\/[^\s/?#]+([/?#]\S*)?$/i, { message: 'url must be an http or https URL' })
  public url: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique()
  @IsIn(Object.values(ExternalEventType), { each: true })
  public topics: string[];

  /** Admin only: register for a merchant… */
  @IsOptional() @IsUUID()
  public merchantId?: string;

  /** …or for a channel (author notices); neither: a storefront webhook. */
  @IsOptional() @IsUUID()
  public channelId?: string;
}

export class WebhookDeliveryParamsDto {
  @IsUUID('all', { message: 'id must be a UUID' })
  public id: string;

  @IsUUID('all', { message: 'deliveryId must be a UUID' })
  public deliveryId: string;
}

export class ListDeliveriesQueryDto {
  @IsOptional() @IsIn(['pending', 'succeeded', 'failed', 'cancelled'])
  public state?: 'pending' | 'succeeded' | 'failed' | 'cancelled';

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500)
  public limit?: number;
}

export class EventFeedQueryDto {
  /** The `cursor` of the last event seen (0 or absent: from the beginning). */
  @IsOptional() @IsString() @Matches(/^\d{1,18}$/, { message: 'after must be a cursor (a non-negative integer)' })
  public after?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(500)
  public limit?: number;
}
