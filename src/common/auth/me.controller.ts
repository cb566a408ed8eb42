import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from './auth-context.js';
import { mapMe, MeDto } from './me.dto.js';
import { ROLES } from './role.js';
import { Auth, Roles } from './roles.decorator.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller({ path: 'me', version: '1' })
@Roles(...ROLES)
export class MeController {
  /** The calling key's role and scope; never the secret or its hash. */
  @Get()
  @ApiOkResponse({ type: MeDto })
  public me(@Auth() auth: AuthContext): MeDto {
    return mapMe(auth);
  }
}
