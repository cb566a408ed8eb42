import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IsSafeText } from '../common/validation/safe-text.decorator.js';
import { CHANNEL_TYPES, type ChannelType } from './channel-type.js';
import type { ChannelListingEntity } from './channel-listing.entity.js';
import type { ChannelEntity } from './channel.entity.js';
import type { MerchantEntity } from './merchant.entity.js';
import type { ProductEntity } from './product.entity.js';

const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export class CreateMerchantDto {
  @ApiProperty({ pattern: CODE.source, type: 'string' })
  @IsString() @Matches(CODE, { message: 'slug must be 1-64 chars of a-z, 0-9, ".", "_" or "-"' })
  public slug: string;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public name: string;
}

export class CreateProductDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  public merchantId: string;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public sku: string;

  @ApiProperty({ minLength: 1, maxLength: 500, type: 'string' })
  @IsString() @Length(1, 500) @IsSafeText()
  public name: string;
}

export class CreateChannelDto {
  @ApiProperty({ pattern: CODE.source, type: 'string' })
  @IsString() @Matches(CODE, { message: 'code must be 1-64 chars of a-z, 0-9, ".", "_" or "-"' })
  public code: string;

  @ApiProperty({ enum: CHANNEL_TYPES })
  @IsIn(CHANNEL_TYPES)
  public type: ChannelType;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public name: string;
}

export class CreateChannelListingDto {
  @ApiProperty({ pattern: CODE.source, type: 'string' })
  @IsString() @Matches(CODE, { message: 'channel must be a channel code' })
  public channel: string;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public externalSku: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  public productId: string;
}

export class PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  public limit = 100;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000)
  public offset = 0;
}

export class MerchantView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string' })
  public slug: string;

  @ApiProperty({ type: 'string' })
  public name: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
}
export class ProductView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public merchantId: string;

  @ApiProperty({ type: 'string' })
  public sku: string;

  @ApiProperty({ type: 'string' })
  public name: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
}
export class ChannelView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string' })
  public code: string;

  @ApiProperty({ enum: CHANNEL_TYPES })
  public type: ChannelType;

  @ApiProperty({ type: 'string' })
  public name: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
}
export class ChannelListingView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public channelId: string;

  @ApiProperty({ type: 'string' })
  public externalSku: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  public productId: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  public createdAt: string;
}

export const mapMerchant = (m: MerchantEntity): MerchantView => ({ id: m.id, slug: m.slug, name: m.name, createdAt: m.createdAt.toISOString() });
export const mapProduct = (p: ProductEntity): ProductView => ({ id: p.id, merchantId: p.merchantId, sku: p.sku, name: p.name, createdAt: p.createdAt.toISOString() });
export const mapChannel = (c: ChannelEntity): ChannelView => ({ id: c.id, code: c.code, type: c.type, name: c.name, createdAt: c.createdAt.toISOString() });
export const mapListing = (l: ChannelListingEntity): ChannelListingView => ({
  id: l.id, channelId: l.channelId, externalSku: l.externalSku, productId: l.productId, createdAt: l.createdAt.toISOString(),
});
