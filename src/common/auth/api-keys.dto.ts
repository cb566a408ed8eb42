import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsSafeText } from '../validation/safe-text.decorator.js';
import { ROLES, type Role } from './role.js';

export class CreateApiKeyDto {
  @IsIn(ROLES)
  public role: Role;

  @IsString() @Length(1, 200) @IsSafeText()
  public label: string;

  @IsOptional() @IsUUID()
  public merchantId?: string;

  @IsOptional() @IsUUID()
  public channelId?: string;

  /** Senior moderator: may claim and decide escalated moderation items (moderator and admin keys only). */
  @IsOptional() @IsBoolean()
  public senior?: boolean;

  /** Issue the key to an existing principal (the same person's second key); omitted: a new principal. */
  @IsOptional() @IsUUID()
  public principalId?: string;
}
