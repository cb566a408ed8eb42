import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from './worker-pool.js';

/** A plain-JS worker (jest runs TypeScript sources, which a worker thread cannot load): echoes in two parts, or dies on request. */
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.die) process.exit(3);
  parentPort.postMessage({ part: m.n * 10 });
  parentPort.postMessage({ part: m.n * 10 + 1, last: true });
});`;

describe('WorkerPool', () => {
  let script: URL;
  let pool: WorkerPool;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-pool-'));
    writeFileSync(join(dir, 'echo.cjs'), SCRIPT);
    script = pathToFileURL(join(dir, 'echo.cjs'));
  });
  beforeEach(() => {
    pool = new WorkerPool(script, 2);
  });
  afterEach(async () => {
    await pool.close();
  });

  const collect = (n: number): Promise<number[]> => {
    const parts: number[] = [];
    return pool.run({ n }, [], (m) => {
      const message = m as { part: number; last?: boolean };
      parts.push(message.part);
      return message.last === true;
    }).then(() => parts);
  };

  it('runs more tasks than threads, each getting all its messages in order', async () => {
    expect(await Promise.all([1, 2, 3, 4, 5].map(collect))).toEqual([[10, 11], [20, 21], [30, 31], [40, 41], [50, 51]]);
  });

  it('fails the task of a worker that dies and keeps serving the others with a new one', async () => {
    await expect(pool.run({ die: true }, [], () => true)).rejects.toThrow('exited with code 3');
    expect(await collect(7)).toEqual([70, 71]);
  });

  it('refuses work once closed', async () => {
    await pool.close();
    await expect(collect(1)).rejects.toThrow('closed');
  });
});
