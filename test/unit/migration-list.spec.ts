import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { MIGRATIONS } from '../../migrations/index.js';

/** `<timestamp>-<Name>.ts` on disk → the class TypeORM's generator names `<Name><timestamp>`. */
const MIGRATION_FILE = /^(\d{13})-([A-Za-z0-9]+)\.ts$/;

describe('migrations/index.ts', () => {
  const onDisk = readdirSync(resolve('migrations')).flatMap((file) => {
    const match = MIGRATION_FILE.exec(file);
    return match ? [{ timestamp: Number(match[1]), className: `${match[2]}${match[1]}` }] : [];
  });

  it('lists every migration file on disk, once, and nothing else', () => {
    expect(MIGRATIONS.map((m) => m.name).sort()).toEqual(onDisk.map((m) => m.className).sort());
  });

  it('runs them in timestamp order', () => {
    const listed = MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(listed.every((t) => Number.isSafeInteger(t))).toBe(true);
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(new Set(listed).size).toBe(listed.length);
  });

});
