import { ApiProperty } from '@nestjs/swagger';
import type { AuthContext } from './auth-context.js';
import { ROLES, type Role } from './role.js';

/** Who the calling key is: lets a page signed in with any key find its own scope (e.g. a merchant's id). */
export class MeDto {
  @ApiProperty({ format: 'uuid' })
  public keyId: string;

  @ApiProperty({ enum: ROLES })
  public role: Role;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for, and only for, merchant keys' })
  public merchantId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for, and only for, channel keys' })
  public channelId: string | null;

  @ApiProperty({ description: 'Senior moderator (may decide escalated items)' })
  public senior: boolean;
}

export function mapMe(auth: AuthContext): MeDto {
  return { keyId: auth.keyId, role: auth.role, merchantId: auth.merchantId, channelId: auth.channelId, senior: auth.senior ?? false };
}
