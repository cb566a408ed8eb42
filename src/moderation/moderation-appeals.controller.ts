import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { AppealsQueryDto, DecideAppealDto, ReportersQueryDto, StatsQueryDto } from './moderation.dto.js';
import { ModerationAppealsService, AppealView } from './moderation-appeals.service.js';
import { ModerationReportsService, ReporterView } from './moderation-reports.service.js';
import { ModerationStatsService, ModerationStatsView } from './moderation-stats.service.js';

/** Appeals handling, SLA figures and reporter accuracy. */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller({ path: 'moderation', version: '1' })
export class ModerationAppealsController {
  public constructor(
    private readonly appeals: ModerationAppealsService,
    private readonly reports: ModerationReportsService,
    private readonly stats: ModerationStatsService,
  ) {}

  @Get('appeals') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: [AppealView] })
  public list(@Auth() auth: AuthContext, @Query() query: AppealsQueryDto): Promise<AppealView[]> {
    return this.appeals.list(auth, query);
  }

  @Post('appeals/:id/claim') @HttpCode(200) @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: AppealView })
  public claim(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AppealView> {
    return this.appeals.claim(auth, params.id);
  }

  @Delete('appeals/:id/claim') @HttpCode(204) @Roles('admin', 'moderator')
  @ApiResponse({ status: 204, description: 'Done; no body' })
  public release(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.appeals.release(auth, params.id);
  }

  /** uphold keeps the appealed decision; overturn restores the previous status. */
  @Post('appeals/:id/decisions') @HttpCode(200) @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: AppealView })
  public decide(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: DecideAppealDto): Promise<AppealView> {
    return this.appeals.decide(auth, params.id, dto);
  }

  @Get('stats') @Roles('admin', 'moderator')
  @ApiResponse({ status: 200, type: ModerationStatsView })
  public getStats(@Query() query: StatsQueryDto): Promise<ModerationStatsView> {
    return this.stats.stats(query);
  }

  /** Report accuracy per reporter; a merchant key sees only its own merchant's row. */
  @Get('reporters') @Roles('admin', 'moderator', 'merchant')
  @ApiResponse({ status: 200, type: [ReporterView] })
  public reporters(@Auth() auth: AuthContext, @Query() query: ReportersQueryDto): Promise<ReporterView[]> {
    return this.reports.reporters(auth, query);
  }
}
