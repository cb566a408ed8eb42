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
}
