import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { HelpfulVoteDto, HelpfulVoteResultDto } from './helpful-votes.dto.js';
import { HelpfulVotesService } from './helpful-votes.service.js';

@ApiTags('storefront')
@ApiBearerAuth()
@Controller({ version: '1' })
export class HelpfulVotesController {
  public constructor(private readonly votes: HelpfulVotesService) {}

  /** 201 when the vote is new, 200 when this shopper had already voted (idempotent). */
  @Post('reviews/:id/helpful') @Roles('storefront')
  @ApiCreatedResponse({ type: HelpfulVoteResultDto, description: 'The vote was recorded' })
  @ApiOkResponse({ type: HelpfulVoteResultDto, description: 'This shopper had already voted; nothing changed' })
  public async vote(@Param() params: UuidParamDto, @Body() body: HelpfulVoteDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<HelpfulVoteResultDto> {
    const result = await this.votes.vote(params.id, body.shopper);
    void reply.status(result.recorded ? 201 : 200);
    return result;
  }
}
