import { Body, Controller, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { ReputationAuditService, type Rendered } from './reputation-audit.service.js';
import { ReputationComplaintService } from './reputation-complaint.service.js';
import { ReputationOpsService } from './reputation-ops.service.js';
import { ReputationService } from './reputation.service.js';
import {
  ComplaintResult, CreateComplaintDto, IndicatorsQueryDto, OrderCountsResult, PutOrderCountsDto, RefreshResult, RefreshRollupsDto, RollupStatusView, SuppressionAuditQueryDto,
  TransparencyQueryDto,
} from './reputation.dto.js';
import { SuppressionAuditReportView, TransparencyReportView } from './audit-report.views.js';
import { IndicatorsView } from './reputation.views.js';

function send<T>(reply: FastifyReply, rendered: Rendered<T>): T | string {
  reply.type(rendered.contentType);
  if (rendered.filename) reply.header('content-disposition', `attachment; filename="${rendered.filename}"`);
  return rendered.body;
}

@ApiTags('reputation')
@ApiBearerAuth()
@ApiExtraModels(SuppressionAuditReportView, TransparencyReportView)
@Controller({ path: 'reputation', version: '1' })
export class ReputationController {
  public constructor(
    private readonly reputation: ReputationService,
    private readonly audit: ReputationAuditService,
    private readonly ops: ReputationOpsService,
    private readonly complaints: ReputationComplaintService,
  ) {}

  @Get('indicators') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: IndicatorsView })
  public indicators(@Auth() auth: AuthContext, @Query() query: IndicatorsQueryDto): Promise<IndicatorsView> {
    return this.reputation.indicators(auth, query);
  }

  @Get('suppression-audit') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({
    status: 200, description: 'Publication rates by star rating and sentiment per channel (FTC 16 CFR 465.7 parity audit); `format=csv` answers the same rows as CSV',
    content: { 'application/json': { schema: { $ref: getSchemaPath(SuppressionAuditReportView) } }, 'text/csv': { schema: { type: 'string' } } },
  })
  public async suppressionAudit(@Auth() auth: AuthContext, @Query() query: SuppressionAuditQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return send(reply, await this.audit.suppressionAudit(auth, query));
  }

  @Get('transparency-report') @Roles('admin', 'moderator')
  @ApiResponse({
    status: 200, description: 'Periodic transparency report (DSA): decisions by reason, automation, appeals; `format=html` answers a printable page',
    content: { 'application/json': { schema: { $ref: getSchemaPath(TransparencyReportView) } }, 'text/html': { schema: { type: 'string' } } },
  })
  public async transparencyReport(@Query() query: TransparencyQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    return send(reply, await this.audit.transparencyReport(query));
  }

  @Put('order-counts') @Roles('admin', 'merchant', 'channel')
  @ApiResponse({ status: 200, type: OrderCountsResult })
  public putOrderCounts(@Auth() auth: AuthContext, @Body() dto: PutOrderCountsDto): Promise<OrderCountsResult> {
    return this.ops.putOrderCounts(auth, dto);
  }

  // Literal ':' in the path (Google-style custom method): Fastify reads '::' as an escaped colon.
  @Post('rollups::refresh') @Roles('admin', 'merchant') @HttpCode(202)
  @ApiResponse({ status: 202, type: RefreshResult })
  public refresh(@Auth() auth: AuthContext, @Body() dto: RefreshRollupsDto): Promise<RefreshResult> {
    return this.ops.refresh(auth, dto);
  }

  @Post('complaints') @Roles('admin', 'channel')
  @ApiCreatedResponse({ type: ComplaintResult }) @ApiOkResponse({ type: ComplaintResult, description: 'Duplicate: already recorded' })
  public async complaint(@Auth() auth: AuthContext, @Body() dto: CreateComplaintDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<ComplaintResult> {
    const result = await this.complaints.record(auth, dto);
    void reply.status(result.duplicate ? 200 : 201);
    return result;
  }

  @Get('rollups/status') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: RollupStatusView })
  public status(): Promise<RollupStatusView> {
    return this.ops.status();
  }
}
