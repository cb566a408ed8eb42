import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConsoleAssets, CONSOLE_FILES, resolveStaticDir } from './console-assets.js';

describe('resolveStaticDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'console-'));
  const moduleDir = join(root, 'dist', 'src', 'console');
  mkdirSync(moduleDir, { recursive: true });
  const moduleUrl = pathToFileURL(join(moduleDir, 'console-assets.js')).href;

  it.each([
    ['falls back to <cwd>/src/console/static when the build did not copy the files', false, join(root, 'src', 'console', 'static')],
    ['prefers static/ next to the compiled module when it holds index.html', true, `${join(moduleDir, 'static')}/`],
  ])('%s', (_name, copied, expected) => {
    if (copied) {
      mkdirSync(join(moduleDir, 'static'), { recursive: true });
      writeFileSync(join(moduleDir, 'static', 'index.html'), '<!doctype html>');
    }
    expect(resolveStaticDir(moduleUrl, root)).toBe(expected);
  });
});

describe('ConsoleAssets', () => {
  const assets = new ConsoleAssets();

  it.each(['../package.json', 'constructor', '__proto__', 'toString', 'index.HTML', ''])('serves nothing for %j', async (file) => {
    expect(await assets.get(file)).toBeNull();
  });

  it('serves every whitelisted file from the source tree with a stable ETag', async () => {
    for (const file of Object.keys(CONSOLE_FILES)) {
      const first = await assets.get(file);
      expect({ file, bytes: (first?.body.length ?? 0) > 0, type: first?.type }).toEqual({ file, bytes: true, type: CONSOLE_FILES[file] });
      expect((await assets.get(file))?.etag).toBe(first?.etag);
    }
  });
});
