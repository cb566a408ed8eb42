import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { BulkIntakeService } from './bulk-intake.service.js';
import type { BulkResponse } from './bulk-response.js';
import { BulkIntakeQueryDto, BulkResult, CreatePurchaseDto, CreateReviewDto, CreateUgcDto, EditReviewDto, IntakeResult } from './ingestion.dto.js';
import { ReviewEditor } from './review-editor.js';
import { ReviewQueryService } from './review-query.service.js';
import { ChannelReviewViewDto, MerchantReviewViewDto, PublicReviewViewDto, ReviewViewDto, StaffReviewViewDto } from './review-view.dto.js';
import { PurchaseResult, SingleIntakeService } from './single-intake.service.js';

/** 202 when something new was committed (scoring follows), 200 for a replay or an edit. */
const intakeStatus = (reply: FastifyReply, result: IntakeResult): IntakeResult => {
  void reply.status(result.status === 'accepted' ? 202 : 200);
  return result;
};

/** The body is BulkResult's JSON, written by BulkIntakeService (most of it in the bulk-check thread); Fastify sends the bytes as they are. */
const bulkReply = (reply: FastifyReply, response: BulkResponse): Buffer => {
  void reply.status(response.counts.accepted + response.counts.edited > 0 ? 202 : 200).type('application/json; charset=utf-8');
  return response.body;
};

@ApiTags('intake')
@ApiBearerAuth()
@Controller({ version: '1' })
export class IngestionController {
  public constructor(
    private readonly single: SingleIntakeService,
    private readonly bulk: BulkIntakeService,
    private readonly editor: ReviewEditor,
    private readonly query: ReviewQueryService,
  ) {}

  @Post('reviews') @Roles('admin', 'channel')
  @ApiResponse({ status: 202, type: IntakeResult, description: 'Accepted: stored and queued for scoring' })
  @ApiResponse({ status: 200, type: IntakeResult, description: 'Already received (same channel and externalId): nothing changed' })
  public createReview(@Auth() auth: AuthContext, @Body() dto: CreateReviewDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<IntakeResult> {
    return this.single.review(auth, dto).then((r) => intakeStatus(reply, r));
  }

  @Post('reviews::bulk') @Roles('admin', 'channel')
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({ type: [CreateReviewDto] })
  @ApiResponse({ status: 202, type: BulkResult, description: 'At least one item accepted or edited; per-item outcomes' })
  @ApiResponse({ status: 200, type: BulkResult, description: 'Nothing new (duplicates or rejected items only); per-item outcomes' })
  public bulkReviews(@Auth() auth: AuthContext, @Body() body: unknown, @Query() query: BulkIntakeQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.bulk.reviews(auth, body, query.mode).then((r) => bulkReply(reply, r));
  }

  @Post('ugc') @Roles('admin', 'channel')
  @ApiResponse({ status: 202, type: IntakeResult, description: 'Accepted: stored and queued for scoring' })
  @ApiResponse({ status: 200, type: IntakeResult, description: 'Already received (same channel and externalId): nothing changed' })
  public createUgc(@Auth() auth: AuthContext, @Body() dto: CreateUgcDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<IntakeResult> {
    return this.single.ugc(auth, dto).then((r) => intakeStatus(reply, r));
  }

  @Post('ugc::bulk') @Roles('admin', 'channel')
  @ApiConsumes('application/json', 'application/x-ndjson')
  @ApiBody({ type: [CreateUgcDto] })
  @ApiResponse({ status: 202, type: BulkResult, description: 'At least one item accepted or edited; per-item outcomes' })
  @ApiResponse({ status: 200, type: BulkResult, description: 'Nothing new (duplicates or rejected items only); per-item outcomes' })
  public bulkUgc(@Auth() auth: AuthContext, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    return this.bulk.ugc(auth, body).then((r) => bulkReply(reply, r));
  }

  @Get('reviews/:id') @Roles('admin', 'moderator', 'merchant', 'storefront', 'channel')
  @ApiExtraModels(PublicReviewViewDto, MerchantReviewViewDto, ChannelReviewViewDto, StaffReviewViewDto)
  @ApiOkResponse({
    description: 'Shaped by role: storefront → PublicReviewViewDto, merchant → MerchantReviewViewDto, channel → ChannelReviewViewDto, admin/moderator → StaffReviewViewDto',
    schema: { oneOf: [PublicReviewViewDto, MerchantReviewViewDto, ChannelReviewViewDto, StaffReviewViewDto].map((m) => ({ $ref: getSchemaPath(m) })) },
  })
  public getReview(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<ReviewViewDto> {
    return this.query.get(auth, params.id);
  }

  @Patch('reviews/:id') @Roles('admin', 'channel')
  @ApiResponse({ status: 200, type: IntakeResult })
  public editReview(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: EditReviewDto): Promise<IntakeResult> {
    return this.editor.edit(auth, params.id, dto);
  }

  @Post('purchases') @Roles('admin', 'channel')
  @ApiResponse({ status: 201, type: PurchaseResult })
  public createPurchase(@Auth() auth: AuthContext, @Body() dto: CreatePurchaseDto): Promise<PurchaseResult> {
    return this.single.purchase(auth, dto);
  }
}
