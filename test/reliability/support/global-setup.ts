import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time of any file under `dir` (recursive). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The suite runs the compiled processes (dist/), as production does. CI builds first; locally a
 * missing or stale build (any source newer than dist/src/main.js) is rebuilt here. Jest loads this
 * file outside its module mapper, so it imports nothing from the project.
 */
export default function globalSetup(): void {
  const main = 'dist/src/main.js';
  const sources = Math.max(newest('src'), newest('migrations'));
  if (existsSync(main) && statSync(main).mtimeMs >= sources) return;
  process.stderr.write('\n[reliability] dist/ is missing or older than src/: npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}
