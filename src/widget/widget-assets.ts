import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface WidgetScript {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

/** tsc does not copy .js sources into dist/: look beside this module first, then under the project root. */
export function resolveWidgetFile(moduleUrl: string, cwd: string): string {
  const beside = fileURLToPath(new URL('./static/candor.js', moduleUrl));
  return existsSync(beside) ? beside : join(cwd, 'src', 'widget', 'static', 'candor.js');
}

/** The widget script, read and gzipped once per process: it only changes with a deploy. */
@Injectable()
export class WidgetAssets {
  private readonly file = resolveWidgetFile(import.meta.url, process.cwd());
  private script?: Promise<WidgetScript>;

  public get(): Promise<WidgetScript> {
    this.script ??= readFile(this.file).then((body) => ({
      body, gzipped: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    }));
    return this.script;
  }
}
