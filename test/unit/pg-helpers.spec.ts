import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** src/database/pg holds plain node-postgres helpers: importing feature code from there would tie them to a module. */
describe('src/database/pg', () => {
  it('imports only node built-ins, pg, typeorm types and its own files', () => {
    const dir = resolve('src/database/pg');
    const imports = readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((from) => !/^(node:|pg$|typeorm$|\.\/)/.test(from))).toEqual([]);
  });
});
