import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Only these files are served: the asset route never touches the file system with a caller's path. */
export const CONSOLE_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'api.js': 'text/javascript; charset=utf-8',
  'state.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'queue-view.js': 'text/javascript; charset=utf-8',
  'detail-view.js': 'text/javascript; charset=utf-8',
  'decisions.js': 'text/javascript; charset=utf-8',
  'appeals-view.js': 'text/javascript; charset=utf-8',
  'keyboard.js': 'text/javascript; charset=utf-8',
  'lease.js': 'text/javascript; charset=utf-8',
  'accuracy-view.js': 'text/javascript; charset=utf-8',
  'replies-view.js': 'text/javascript; charset=utf-8',
  'i18n.js': 'text/javascript; charset=utf-8',
  'messages-en.js': 'text/javascript; charset=utf-8',
  'messages-zh.js': 'text/javascript; charset=utf-8',
  'signal-reasons.json': 'application/json; charset=utf-8',
  // Reputation dashboards (issue 6).
  'dashboard.html': 'text/html; charset=utf-8',
  'dashboard.js': 'text/javascript; charset=utf-8',
  'dashboard-charts.js': 'text/javascript; charset=utf-8',
  'dashboard-i18n.js': 'text/javascript; charset=utf-8',
  'dashboard.css': 'text/css; charset=utf-8',
};

export interface ConsoleAsset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * tsc does not copy non-TS files into dist/, so the static directory is looked up next to this module
 * first (a build that copied it) and then under the project root (`npm start` runs from there).
 */
export function resolveStaticDir(moduleUrl: string, cwd: string): string {
  const beside = fileURLToPath(new URL('./static/', moduleUrl));
  return existsSync(join(beside, 'index.html')) ? beside : join(cwd, 'src', 'console', 'static');
}

@Injectable()
export class ConsoleAssets {
  private readonly dir = resolveStaticDir(import.meta.url, process.cwd());
  private readonly cache = new Map<string, ConsoleAsset>();

  /** null for anything outside the whitelist. Files are read once per process: they only change with a deploy. */
  public async get(file: string): Promise<ConsoleAsset | null> {
    const type = Object.hasOwn(CONSOLE_FILES, file) ? CONSOLE_FILES[file] : undefined;
    if (!type) return null;
    const cached = this.cache.get(file);
    if (cached) return cached;
    const body = await readFile(join(this.dir, file));
    const asset = { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    this.cache.set(file, asset);
    return asset;
  }
}
