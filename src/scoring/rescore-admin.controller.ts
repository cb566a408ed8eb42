import { Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { FastifyReply } from 'fastify';
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

  /**
   * Re-scores every automatically decided item under the rules now deployed; asking again joins the running job
   * (201), and for rules that already ran answers 200 with `alreadyRan: true` and the completed job's id.
   */
  @Post() @Roles('admin')
  @ApiResponse({ status: 201, type: RescoreJobView, description: 'Started, or joined the running job' })
  @ApiResponse({ status: 200, type: RescoreJobView, description: 'These rules already ran: alreadyRan true and the completed job' })
  public async start(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<RescoreJobView> {
    const view = await this.rescore.start(auth);
    void reply.status(view.alreadyRan ? 200 : 201);
    return view;
  }

  @Get(':jobId') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: RescoreJobView })
  public status(@Param() params: RescoreJobParamDto): Promise<RescoreJobView> {
    return this.rescore.status(params.jobId);
  }
}
