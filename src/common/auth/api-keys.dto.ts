import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsSafeText } from '../validation/safe-text.decorator.js';
import { ROLES, type Role } from './role.js';

export class CreateApiKeyDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  public role: Role;

  @ApiProperty({ minLength: 1, maxLength: 200, type: 'string' })
  @IsString() @Length(1, 200) @IsSafeText()
  public label: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  public merchantId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  public channelId?: string;

  /** Senior moderator: may claim and decide escalated moderation items (moderator and admin keys only). */
  @ApiPropertyOptional({ type: 'boolean', description: 'Senior moderator: may claim and decide escalated moderation items (moderator and admin keys only).' })
  @IsOptional() @IsBoolean()
  public senior?: boolean;

  /** Issue the key to an existing principal (the same person's second key); omitted: a new principal. */
  @ApiPropertyOptional({ format: 'uuid', description: "Issue the key to an existing principal (the same person's second key); omitted: a new principal." })
  @IsOptional() @IsUUID()
  public principalId?: string;
  /**
   * Own limit for this key, requests/s per API process. Defaults: storefront server keys 5,000/s
   * (burst 10,000), publishable keys 1,000/s, other roles RATE_LIMIT_PER_SECOND (200/s).
   */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000, description: 'Own limit for this key, requests/s per API process. Defaults: storefront server keys 5,000/s (burst 10,000), publishable keys 1,000/s, other roles RATE_LIMIT_PER_SECOND (200/s).' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000)
  public rateLimitPerSecond?: number;

  /** Bucket size (requests allowed at once); default twice rateLimitPerSecond. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 2_000_000, description: 'Bucket size (requests allowed at once); default twice rateLimitPerSecond.' })
  @IsOptional() @IsInt() @Min(1) @Max(2_000_000)
  public burst?: number;

  /** Storefront only: a `cnd_pk_…` key safe to ship in a web page: read-only, usable only from allowedOrigins. */
  @ApiPropertyOptional({ type: 'boolean', description: 'Storefront only: a `cnd_pk_…` key safe to ship in a web page: read-only, usable only from allowedOrigins.' })
  @IsOptional() @IsBoolean()
  public publishable?: boolean;

  /** Origins (`https://shop.example`) a publishable key may be used from; CORS answers only these. */
  @ApiPropertyOptional({ minItems: 1, maxItems: 50, isArray: true, type: 'string', description: 'Origins (`https://shop.example`) a publishable key may be used from; CORS answers only these.' })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 300, { each: true })
  public allowedOrigins?: string[];

  /** Publishable keys: per client IP limit, requests/s (default 20, burst 60). */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100_000, description: 'Publishable keys: per client IP limit, requests/s (default 20, burst 60).' })
  @IsOptional() @IsInt() @Min(1) @Max(100_000)
  public ipRateLimitPerSecond?: number;

  /** Default three times ipRateLimitPerSecond. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1_000_000, description: 'Default three times ipRateLimitPerSecond.' })
  @IsOptional() @IsInt() @Min(1) @Max(1_000_000)
  public ipBurst?: number;
}
