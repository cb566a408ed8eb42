// `npm run build`: compiles with tsc and stamps dist/ with the time the build started. With
// --if-stale it compiles only when a TypeScript source or tsconfig is newer than that stamp, so
// `npm run cli` answers in about a second instead of recompiling the project (13–27 s) on every call
// (issue 17 item 8). Plain JS on purpose: it must run before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'bench', 'scripts', 'migrations', 'packages/client/src'];
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json', 'openapi.json', 'packages/client/tsconfig.json'];
const STAMP = join('dist', '.build-stamp');

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return path.endsWith('.ts') || CONFIGS.includes(path) ? stat.mtimeMs : 0;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its directory's mtime
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const sources = Math.max(...ROOTS.map(newestMtime), ...CONFIGS.map(newestMtime));
if (!process.argv.includes('--if-stale') || sources > built) {
  // The stamp gets the time the build started, so an edit made while tsc runs triggers the next build.
  const started = new Date();
  // The @candor/client package: its types regenerated from openapi.json (same bytes as the committed file), then compiled.
  for (const args of [['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], ['scripts/generate-client.js'], ['node_modules/typescript/bin/tsc', '-p', 'packages/client/tsconfig.json']]) {
    const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, '');
  utimesSync(STAMP, started, started);
}
