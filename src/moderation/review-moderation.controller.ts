import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { DecisionStatementsService } from './decision-statements.service.js';
import type { Statement } from './domain/statement.js';
import { AppealDto, ReportReviewDto } from './moderation.dto.js';
import { ModerationAppealsService, AppealView } from './moderation-appeals.service.js';
import { ModerationReportsService } from './moderation-reports.service.js';
import { ReportResult, StatementView } from './moderation-views.js';

/** What shoppers, merchants and authors (through their channel) can do about a review's moderation. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller({ version: '1' })
export class ReviewModerationController {
  public constructor(
    private readonly reports: ModerationReportsService,
    private readonly appeals: ModerationAppealsService,
    private readonly statements: DecisionStatementsService,
  ) {}

  /** 201 for a new report; 200 when this reporter already has an open report on the review. */
  @Post('reviews/:id/reports') @Roles('admin', 'storefront', 'merchant')
  @ApiResponse({ status: 201, type: ReportResult, description: 'Reported' })
  @ApiResponse({ status: 200, type: ReportResult, description: 'This reporter already has an open report on the review' })
  public report(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: ReportReviewDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<ReportResult> {
    return this.reports.report(auth, params.id, dto).then((r) => {
      void reply.status(r.created ? 201 : 200);
      return r;
    });
  }

  /** The author's appeal, relayed by the channel the review came from, within 6 months of the decision. */
  @Post('reviews/:id/appeals') @Roles('admin', 'channel')
  @ApiResponse({ status: 201, type: AppealView })
  public appeal(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: AppealDto): Promise<AppealView> {
    return this.appeals.create(auth, params.id, dto);
  }

  /** Statement of reasons for the review's latest decision. */
  @Get('reviews/:id/statement') @Roles('admin', 'moderator', 'channel')
  @ApiResponse({ status: 200, type: StatementView })
  public reviewStatement(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<Statement> {
    return this.statements.forReview(auth, params.id);
  }

  @Get('decisions/:id/statement') @Roles('admin', 'moderator', 'channel')
  @ApiResponse({ status: 200, type: StatementView })
  public decisionStatement(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<Statement> {
    return this.statements.forDecision(auth, params.id);
  }
}
