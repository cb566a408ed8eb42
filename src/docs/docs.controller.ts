import { Controller, Get, Header, Param, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Public } from '../common/auth/roles.decorator.js';
import { CommonError, CommonErrorCode } from '../common/errors/common-error.js';
import { OpenApiDocument } from './openapi-document.js';

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
};
const assetDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Candor API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/docs/openapi.json', dom_id: '#ui' });</script></body></html>`;

/**
 * Serves the OpenAPI document and Swagger UI from swagger-ui-dist directly:
 * SwaggerModule's own UI needs @fastify/static, whose ESM-only dependency jest cannot load on Node 20.
 */
@ApiExcludeController()
@Controller({ path: 'docs', version: VERSION_NEUTRAL })
@Public()
export class DocsController {
  public constructor(private readonly document: OpenApiDocument) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  public page(): string {
    return PAGE;
  }

  @Get('openapi.json')
  public openapi(): object {
    const document = this.document.get();
    if (!document) throw new CommonError(CommonErrorCode.ServiceUnavailable, 'The API description is still being built');
    return document;
  }

  @Get('assets/:file')
  public async asset(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    // hasOwn: a name like "toString" must not resolve through Object.prototype (found by the fuzz suite).
    const type = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!type) throw new CommonError(CommonErrorCode.NotFound, `No asset ${file}`);
    void reply.header('content-type', type).header('cache-control', 'public, max-age=86400').send(await readFile(join(assetDir, file)));
  }
}
