import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthContext } from '../common/auth/auth-context.js';
import { Auth, Roles } from '../common/auth/roles.decorator.js';
import { UuidParamDto } from '../common/validation/uuid-param.dto.js';
import { ImportProgressRepository } from './import-progress.repository.js';
import { IngestionError, IngestionErrorCode } from './ingestion.error.js';

/** Scoring progress of one bulk import (`POST /v1/reviews:bulk?mode=import` answers its importId). */
export class ImportProgressView {
  @ApiProperty({ type: 'string', format: 'uuid' })
  public importId: string;

  @ApiProperty({ type: 'number', description: 'Reviews the import stored.' })
  public total: number;

  @ApiProperty({ type: 'number', description: 'Not scored yet (received or scoring).' })
  public pending: number;

  @ApiProperty({ type: 'number' })
  public published: number;

  @ApiProperty({ type: 'number' })
  public held: number;

  @ApiProperty({ type: 'number' })
  public withheld: number;

  @ApiProperty({ type: 'number', description: 'Already acted on by moderators (folded, hidden, removed).' })
  public other: number;

  @ApiProperty({ type: 'boolean', description: 'Every review of the import has a verdict.' })
  public done: boolean;
}

@ApiTags('intake')
@ApiBearerAuth()
@Controller({ path: 'imports', version: '1' })
export class ImportProgressController {
  public constructor(private readonly repo: ImportProgressRepository) {}

  @Get(':id') @Roles('admin', 'channel')
  @ApiResponse({ status: 200, type: ImportProgressView })
  public async progress(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<ImportProgressView> {
    const counts = await this.repo.countByStatus(params.id, auth.role === 'admin' ? null : auth.channelId);
    const n = (...statuses: string[]): number => statuses.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    if (total === 0) throw new IngestionError(IngestionErrorCode.ImportNotFound, `No import ${params.id}`);
    const pending = n('received', 'scoring');
    return {
      importId: params.id, total, pending, published: n('published'), held: n('held'), withheld: n('withheld'),
      other: n('folded', 'hidden', 'removed'), done: pending === 0,
    };
  }
}
