import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * DESIGN rule 16 / issue 19: one module writes each table. Scans src/ (specs aside) for the statements that write
 * a table (INSERT INTO, UPDATE, DELETE FROM, COPY … FROM in SQL text) and for TypeORM repository writes
 * (insert/update/save/upsert/delete/softDelete on a repository of an entity), maps each file to its module (the
 * first folder under src/, two under src/common/), and requires one writer module per table.
 *
 * SQL a module borrows from the owner counts for the owner: `${OUTBOX_INSERT_TARGET}` is publishing's outbox insert
 * and `reviewDecisionCtes(...)` is the reviews module's status write; their text lives (and is found) in the owner.
 */
const SRC = resolve('src');
const WRITE_METHODS = 'insert|update|save|upsert|delete|softDelete|increment|decrement';

/** Tables written by more than one module on purpose; each entry says why. Keep it empty. */
const SHARED_WRITERS: Record<string, { modules: string[]; why: string }> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return '(root)';
  return parts[0] === 'common' && parts.length > 2 ? `common/${parts[1]}` : parts[0];
}

const files = sourceFiles(SRC).map((path) => ({ path, module: moduleOf(path), text: readFileSync(path, 'utf8') }));

/** Tables created by the migrations: only these count, so SQL keywords after UPDATE (DO UPDATE SET) never do. */
const TABLES = new Set(readdirSync(resolve('migrations')).filter((f) => /^\d{13}-.*\.ts$/.test(f))
  .flatMap((f) => [...readFileSync(resolve('migrations', f), 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g)].map((m) => m[1])));

const ENTITY_TABLES = new Map(files.flatMap(({ text }) =>
  [...text.matchAll(/@Entity\(\s*'(\w+)'[^]*?export class (\w+)/g)].map((m) => [m[2], m[1]] as const)));

function sqlWrites(text: string): string[] {
  return [...text.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|COPY)\s+"?(\w+)"?/gi)].map((m) => m[1]).filter((t) => TABLES.has(t));
}

/** Entity of repository variable `name` at `index`: its nearest assignment above (a `repo` per method is common). */
function repositoryAt(assignments: { name: string; entity: string; index: number }[], name: string, index: number): string | undefined {
  return assignments.filter((a) => a.name === name && a.index < index).at(-1)?.entity;
}

function repositoryWrites(text: string): string[] {
  const assignments = [
    ...[...text.matchAll(/(?:const|let)\s+(\w+)\s*=\s*[\w.]*getRepository\((\w+)\)/g)].map((m) => ({ name: m[1], entity: m[2], index: m.index })),
    ...[...text.matchAll(/@InjectRepository\((\w+)\)\s*(?:(?:private|public|protected|readonly)\s+)*(\w+)/g)].map((m) => ({ name: m[2], entity: m[1], index: 0 })),
  ];
  const entities = [
    ...[...text.matchAll(new RegExp(`getRepository\\((\\w+)\\)\\s*\\.(?:${WRITE_METHODS})\\(`, 'g'))].map((m) => m[1]),
    ...[...text.matchAll(new RegExp(`\\b(?:this\\.)?(\\w+)\\.(?:${WRITE_METHODS})\\(`, 'g'))].flatMap((m) => repositoryAt(assignments, m[1], m.index) ?? []),
    ...[...text.matchAll(new RegExp(`\\bmanager\\.(?:${WRITE_METHODS})\\((\\w+Entity)\\b`, 'g'))].map((m) => m[1]),
  ];
  return entities.map((entity) => {
    const table = ENTITY_TABLES.get(entity);
    if (!table) throw new Error(`no @Entity table found for ${entity}`);
    return table;
  });
}

function writersByTable(): Map<string, Map<string, Set<string>>> {
  const writers = new Map<string, Map<string, Set<string>>>();
  for (const { path, module, text } of files) {
    for (const table of [...sqlWrites(text), ...repositoryWrites(text)]) {
      const byModule = writers.get(table) ?? new Map<string, Set<string>>();
      byModule.set(module, (byModule.get(module) ?? new Set()).add(relative(SRC, path)));
      writers.set(table, byModule);
    }
  }
  return writers;
}

describe('table writers', () => {
  const writers = writersByTable();

  it('finds the writes it is meant to find', () => {
    expect(TABLES.size).toBeGreaterThan(20);
    expect([...(writers.get('reviews')?.keys() ?? [])]).toEqual(['reviews']);
    expect([...(writers.get('moderation_items')?.keys() ?? [])]).toEqual(['moderation']);
    expect([...(writers.get('api_keys')?.keys() ?? [])]).toEqual(['common/auth']);
    expect(writers.get('merchants')?.has('catalog')).toBe(true);
  });

  it('has one writer module per table (shared ones named, with a reason)', () => {
    const shared = [...writers].filter(([, byModule]) => byModule.size > 1)
      .map(([table, byModule]) => ({ table, modules: [...byModule.keys()].sort(), files: [...byModule.values()].flatMap((f) => [...f]).sort() }))
      .filter(({ table, modules }) => JSON.stringify(SHARED_WRITERS[table]?.modules.sort()) !== JSON.stringify(modules));
    expect(shared).toEqual([]);
  });
});
