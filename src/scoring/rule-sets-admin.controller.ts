import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { DryRunDto, DryRunView, RuleSetActivation, RuleSetCandidateDto, RuleSetValidation, RuleSetVersionView } from './rule-sets.dto.js';
import { RuleSetsAdminService } from './rule-sets-admin.service.js';

/** Rule-set versions without restarts (issue 18): validate, store, dry-run, activate. Admin only. */
@ApiTags('scoring')
@ApiBearerAuth()
@Controller({ path: 'scoring', version: '1' })
export class RuleSetsAdminController {
  public constructor(private readonly ruleSets: RuleSetsAdminService) {}

  @Get('rule-sets') @Roles('admin') @ApiOkResponse({ type: [RuleSetVersionView] })
  public list(): Promise<RuleSetVersionView[]> {
    return this.ruleSets.list();
  }

  /** Parses and lints a candidate without storing it. */
  // Literal ':' in the path (Google-style custom method): Fastify reads '::' as an escaped colon.
  @Post('rule-sets::validate') @Roles('admin') @HttpCode(200) @ApiOkResponse({ type: RuleSetValidation })
  public validate(@Body() dto: RuleSetCandidateDto): Promise<RuleSetValidation> {
    return this.ruleSets.validate(dto);
  }

  /** Stores a valid candidate (201), or answers 200 with the stored version of the same content. */
  @Post('rule-sets') @Roles('admin')
  @ApiCreatedResponse({ type: RuleSetVersionView, description: 'Stored' }) @ApiOkResponse({ type: RuleSetVersionView, description: 'Same content already stored' })
  public async create(@Auth() auth: AuthContext, @Body() dto: RuleSetCandidateDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<RuleSetVersionView> {
    const { version, created } = await this.ruleSets.create(auth, dto);
    void reply.status(created ? 201 : 200);
    return version;
  }

  /** Verdict counts on the most recently scored items under the active rules and under this version. */
  @Post('rule-sets/:id/dry-run') @Roles('admin') @HttpCode(200) @ApiOkResponse({ type: DryRunView })
  public dryRun(@Param() params: UuidParamDto, @Body() dto: DryRunDto): Promise<DryRunView> {
    return this.ruleSets.dryRun(params.id, dto.limit);
  }

  /** Every API and worker process switches within seconds; the rescore under this version starts (progress: GET scoring/rescore/:jobId). */
  @Post('rule-sets/:id/activate') @Roles('admin') @HttpCode(200) @ApiOkResponse({ type: RuleSetActivation })
  public activate(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<RuleSetActivation> {
    return this.ruleSets.activate(auth, params.id);
  }
}
