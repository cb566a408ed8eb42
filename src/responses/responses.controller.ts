import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { FlagView } from './flag-views.js';
import { MerchantReviewListDto } from './merchant-review-list.dto.js';
import { MerchantReviewsService, type MerchantReviewListItem } from './merchant-reviews.service.js';
import { CreateResponseDto, EditResponseDto, FlagReviewDto, ListResponsesQueryDto, MerchantReviewsQueryDto, ResponseDecisionDto } from './responses.dto.js';
import { ResponsesService } from './responses.service.js';
import { ResponseView } from './response-views.js';

@ApiTags('responses')
@ApiBearerAuth()
@ApiExtraModels(FlagView, ResponseView)
@Controller({ version: '1' })
export class ResponsesController {
  public constructor(
    private readonly responses: ResponsesService,
    private readonly merchantReviews: MerchantReviewsService,
  ) {}

  @Post('reviews/:id/responses') @Roles('admin', 'merchant')
  @ApiResponse({ status: 201, type: ResponseView })
  public create(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: CreateResponseDto): Promise<ResponseView> {
    return this.responses.create(auth, params.id, dto);
  }

  @Get('reviews/:id/responses') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, schema: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: { $ref: getSchemaPath(ResponseView) } } } } })
  public forReview(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<{ data: ResponseView[] }> {
    return this.merchantReviews.responsesFor(auth, params.id);
  }

  @Get('responses/:id') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: ResponseView })
  public get(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<ResponseView> {
    return this.responses.get(auth, params.id);
  }

  @Patch('responses/:id') @Roles('admin', 'merchant')
  @ApiResponse({ status: 200, type: ResponseView })
  public edit(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: EditResponseDto): Promise<ResponseView> {
    return this.responses.edit(auth, params.id, dto);
  }

  @Get('responses') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, schema: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: { $ref: getSchemaPath(ResponseView) } } } } })
  public list(@Query() query: ListResponsesQueryDto): Promise<{ data: ResponseView[] }> {
    return this.responses.list(query);
  }

  @Post('responses/:id/decisions') @Roles('admin', 'moderator')
  @ApiResponse({ status: 201, type: ResponseView })
  public decide(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: ResponseDecisionDto): Promise<ResponseView> {
    return this.responses.decide(auth, params.id, dto);
  }

  @Get('merchant/reviews') @Roles('admin', 'moderator', 'merchant') @ApiOkResponse({ type: MerchantReviewListDto })
  public merchantList(@Auth() auth: AuthContext, @Query() query: MerchantReviewsQueryDto): Promise<{ data: MerchantReviewListItem[]; nextCursor: string | null }> {
    return this.merchantReviews.list(auth, query);
  }

  /** 201 for a new flag; 200 when the merchant already has an open flag (or report) on the review. */
  @Post('reviews/:id/flags') @Roles('admin', 'merchant')
  @ApiResponse({ status: 201, type: FlagView, description: 'Flag recorded' })
  @ApiResponse({ status: 200, type: FlagView, description: 'Already flagged by this merchant: the existing flag' })
  public flag(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: FlagReviewDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<FlagView> {
    return this.merchantReviews.flag(auth, params.id, dto).then((r) => {
      void reply.status(r.created ? 201 : 200);
      return r.flag;
    });
  }

  @Get('reviews/:id/flags') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, schema: { type: 'object', required: ['data'], properties: { data: { type: 'array', items: { $ref: getSchemaPath(FlagView) } } } } })
  public flags(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<{ data: FlagView[] }> {
    return this.merchantReviews.flagsFor(auth, params.id);
  }
}
