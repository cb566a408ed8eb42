import { Controller, Get, Headers, Param, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/roles.decorator.js';
import { CommonError, CommonErrorCode } from '../common/errors/common-error.js';
import { ConsoleAssets } from './console-assets.js';

/**
 * Stricter than the app-wide policy (which allows inline scripts for /docs): the console loads only
 * its own ES modules and stylesheet, so an injected <script>, inline handler or style never applies
 * where moderator keys live.
 */
export const CONSOLE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

/**
 * The moderator console: static HTML/CSS/ES modules, public because the page itself holds no data;
 * every API call it makes carries the moderator's key. Assets have no fingerprinted names, so they are
 * revalidated on every load (cheap 304s via ETag) instead of risking a stale mix after a deploy.
 */
@ApiExcludeController()
@Controller({ path: 'console', version: VERSION_NEUTRAL })
@Public()
export class ConsoleController {
  public constructor(private readonly assets: ConsoleAssets) {}

  @Get()
  public async index(@Headers('if-none-match') etag: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await this.send('index.html', etag, reply);
  }

  @Get('assets/:file')
  public async asset(@Param('file') file: string, @Headers('if-none-match') etag: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await this.send(file, etag, reply);
  }

  private async send(file: string, ifNoneMatch: string | undefined, reply: FastifyReply): Promise<void> {
    const asset = await this.assets.get(file);
    if (!asset) throw new CommonError(CommonErrorCode.NotFound, `No console asset ${file}`);
    void reply.header('cache-control', 'no-cache').header('etag', asset.etag).header('x-content-type-options', 'nosniff')
      .header('content-security-policy', CONSOLE_CSP);
    if (ifNoneMatch === asset.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.header('content-type', asset.type).send(asset.body);
  }
}
