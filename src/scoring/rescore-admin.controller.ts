import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { RescoreAdminService, RescoreJobView } from './rescore-admin.service.js';

export class RescoreJobParamDto {
  @ApiProperty({ pattern: '^rescore-[0-9a-f]{16}$', example: 'rescore-0a1b2c3d4e5f6a7b' })
  @Matches(/^rescore-[0-9a-f]{16}$/, { message: 'jobId must look like rescore-<16 hex>' })
  public jobId: string;
}

@ApiTags('scoring')
@ApiBearerAuth()
@Controller({ path: 'scoring/rescore', version: '1' })
export class RescoreAdminController {
  public constructor(private readonly rescore: RescoreAdminService) {}

  /** Re-scores every automatically decided item under the rules now deployed; asking again joins the running job. */
  @Post() @Roles('admin')
  @ApiResponse({ status: 201, type: RescoreJobView })
  public start(@Auth() auth: AuthContext): Promise<RescoreJobView> {
    return this.rescore.start(auth);
  }

  @Get(':jobId') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: RescoreJobView })
  public status(@Param() params: RescoreJobParamDto): Promise<RescoreJobView> {
    return this.rescore.status(params.jobId);
  }
}
