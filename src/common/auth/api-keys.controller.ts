import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UuidParamDto } from '../validation/uuid-param.dto.js';
import { CreateApiKeyDto } from './api-keys.dto.js';
import { ApiKeysService, ApiKeyView } from './api-keys.service.js';
import { Roles } from './roles.decorator.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller({ path: 'api-keys', version: '1' })
@Roles('admin')
export class ApiKeysController {
  public constructor(private readonly keys: ApiKeysService) {}

  /** The full key is in this response only; store it now. */
  @Post()
  public create(@Body() dto: CreateApiKeyDto): Promise<ApiKeyView & { key: string }> {
    return this.keys.create(dto);
  }

  @Get()
  public list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  /** Issues a new secret for the same role and scope and revokes the old one. */
  @Post(':id/rotate')
  public rotate(@Param() params: UuidParamDto): Promise<ApiKeyView & { key: string }> {
    return this.keys.rotate(params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  public revoke(@Param() params: UuidParamDto): Promise<void> {
    return this.keys.revoke(params.id);
  }
}
