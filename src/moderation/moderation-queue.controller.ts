import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { ItemDetailView } from './item-detail.view.js';
import { BulkDecideDto, ClaimItemsDto, DecideItemDto, OpenItemDto, QueueQueryDto } from './moderation.dto.js';
import { ModerationClaimsService } from './moderation-claims.service.js';
import { ModerationDecisionsService } from './moderation-decisions.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { BulkDecisionResult, ClaimResult, DecisionResult, QueueItemView, QueuePage } from './moderation-views.js';

/** The moderator's desk: queue, item view, claims and decisions. Staff only. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller({ path: 'moderation', version: '1' })
@Roles('admin', 'moderator')
export class ModerationQueueController {
  public constructor(
    private readonly queue: ModerationQueueService,
    private readonly claims: ModerationClaimsService,
    private readonly decisions: ModerationDecisionsService,
  ) {}

  /** Open and claimed items, best first (effective priority: score, product exposure, waiting time). */
  @Get('queue') @ApiOkResponse({ type: QueuePage })
  public list(@Auth() auth: AuthContext, @Query() query: QueueQueryDto): Promise<QueuePage> {
    return this.queue.list(auth, query);
  }

  /** Puts a review (e.g. a published one) in the queue so it can be decided; 200 with the open item if there is one. */
  @Post('items')
  @ApiResponse({ status: 201, type: QueueItemView, description: 'Opened' })
  @ApiResponse({ status: 200, type: QueueItemView, description: 'The review already has an open item: that item' })
  public open(@Body() dto: OpenItemDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<QueueItemView> {
    return this.queue.open(dto).then((r) => {
      void reply.status(r.created ? 201 : 200);
      return r.item;
    });
  }

  @Get('items/:id')
  @ApiResponse({ status: 200, type: ItemDetailView })
  public detail(@Param() params: UuidParamDto): Promise<ItemDetailView> {
    return this.queue.detail(params.id);
  }

  /** Claims up to `count` of the best matching items for this moderator, with a lease. */
  @Post('claims') @HttpCode(200)
  @ApiResponse({ status: 200, type: ClaimResult })
  public claim(@Auth() auth: AuthContext, @Body() dto: ClaimItemsDto): Promise<ClaimResult> {
    return this.claims.claimMany(auth, dto);
  }

  @Post('items/:id/claim') @HttpCode(200) @ApiOkResponse({ type: QueueItemView })
  public claimOne(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<QueueItemView> {
    return this.claims.claimOne(auth, params.id);
  }

  @Delete('items/:id/claim') @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Done; no body' })
  public release(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.claims.release(auth, params.id);
  }

  @Post('items/:id/decisions')
  @ApiResponse({ status: 201, type: DecisionResult })
  public decide(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: DecideItemDto): Promise<DecisionResult> {
    return this.decisions.decide(auth, params.id, dto);
  }

  /** One decision over a selection; each item succeeds or fails on its own (see `results`). */
  @Post('decisions::bulk') @HttpCode(200)
  @ApiResponse({ status: 200, type: BulkDecisionResult })
  public bulk(@Auth() auth: AuthContext, @Body() dto: BulkDecideDto): Promise<BulkDecisionResult> {
    return this.decisions.bulk(auth, dto);
  }
}
