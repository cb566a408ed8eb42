import { Controller, Get, Headers, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth/roles.decorator.js';
import { WidgetAssets } from './widget-assets.js';

/**
 * The script is loaded by shop pages on other origins: CORP cross-origin (helmet's default same-origin would
 * make the browser drop it) and ACAO * so `<script type="module">`/crossorigin loads work too; it carries no
 * data and no credentials. A day's cache with stale-while-revalidate, then a cheap 304 via ETag: the URL is
 * versioned by its major (v1), so a deploy reaches every shop within a day without breaking their snippet.
 * The CSP only matters if someone opens the file as a document.
 */
export const WIDGET_HEADERS: Readonly<Record<string, string>> = {
  'cache-control': 'public, max-age=86400, stale-while-revalidate=604800',
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  vary: 'Accept-Encoding',
};

@ApiExcludeController()
@Controller({ path: 'widget/v1', version: VERSION_NEUTRAL })
@Public()
export class WidgetController {
  public constructor(private readonly assets: WidgetAssets) {}

  @Get('candor.js')
  public async script(
    @Headers('if-none-match') ifNoneMatch: string | undefined, @Headers('accept-encoding') acceptEncoding: string | undefined, @Res() reply: FastifyReply,
  ): Promise<void> {
    const script = await this.assets.get();
    void reply.headers(WIDGET_HEADERS).header('etag', script.etag);
    if (ifNoneMatch === script.etag) {
      void reply.status(304).send();
      return;
    }
    void reply.header('content-type', 'text/javascript; charset=utf-8');
    if (/\bgzip\b/.test(acceptEncoding ?? '')) void reply.header('content-encoding', 'gzip').send(script.gzipped);
    else void reply.send(script.body);
  }
}
