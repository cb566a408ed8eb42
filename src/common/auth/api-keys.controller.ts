import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { UuidParamDto } from '../validation/uuid-param.dto.js';
import { CreateApiKeyDto } from './api-keys.dto.js';
import { ApiKeysService, ApiKeyView, CreatedApiKeyView } from './api-keys.service.js';
import { Roles } from './roles.decorator.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller({ path: 'api-keys', version: '1' })
@Roles('admin')
export class ApiKeysController {
  public constructor(private readonly keys: ApiKeysService) {}

  /** The full key is in this response only; store it now. */
  @Post()
  @ApiResponse({ status: 201, type: CreatedApiKeyView })
  public create(@Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyView> {
    return this.keys.create(dto);
  }

  @Get()
  @ApiResponse({ status: 200, type: [ApiKeyView] })
  public list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  /** Issues a new secret for the same role and scope and revokes the old one. */
  @Post(':id/rotate')
  @ApiResponse({ status: 201, type: CreatedApiKeyView })
  public rotate(@Param() params: UuidParamDto): Promise<CreatedApiKeyView> {
    return this.keys.rotate(params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiResponse({ status: 204, description: 'Done; no body' })
  public revoke(@Param() params: UuidParamDto): Promise<void> {
    return this.keys.revoke(params.id);
  }
}
