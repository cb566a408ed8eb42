import { readFileSync } from 'node:fs';
import { API_NODE_FLAGS } from '../../src/api-node-flags.js';
import { childEnv, createEmptyDatabase, type FreshDatabase } from './support/database.js';
import { cliKey, sleep, startApi, stop, stopAll, until, type ApiProcess } from './support/processes.js';

/** The primary's children, i.e. its HTTP processes (Linux /proc). */
function httpProcesses(primaryPid: number): number[] {
  return readFileSync(`/proc/${primaryPid}/task/${primaryPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

async function healthy(baseUrl: string, key: string): Promise<number> {
  // A fresh connection per call (no keep-alive), so the primary hands each to one of its processes.
  const res = await fetch(`${baseUrl}/v1/api-keys`, { headers: { authorization: `Bearer ${key}`, connection: 'close' } });
  return res.status;
}

/**
 * API_PROCESSES=2: one primary, two HTTP processes sharing the port. A process that dies is
 * replaced while the other keeps serving; SIGTERM stops the whole group.
 */
describe('API_PROCESSES=2 (node:cluster)', () => {
  let db: FreshDatabase;
  let api: ApiProcess;
  let env: Record<string, string>;
  let key: string;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    env = childEnv(db.url, { API_PROCESSES: '2' });
    api = await startApi('api-cluster', env);
    key = await cliKey(env, 'admin');
  });

  afterAll(async () => {
    await stopAll();
    await db?.drop();
  });

  it('runs two HTTP processes behind one port, both answering', async () => {
    const pids = await until(async () => {
      const children = httpProcesses(api.proc.pid as number);
      return children.length === 2 ? children : undefined;
    }, 'two HTTP processes', 120_000);
    expect(new Set(pids).size).toBe(2);
    // Each runs with the API's V8 flags (src/api-node-flags.ts), passed on by the primary.
    for (const pid of pids) expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toEqual(expect.arrayContaining([...API_NODE_FLAGS]));
    const statuses = await Promise.all(Array.from({ length: 20 }, () => healthy(api.baseUrl, key)));
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it('replaces an HTTP process that dies, serving throughout', async () => {
    const [victim, survivor] = httpProcesses(api.proc.pid as number);
    process.kill(victim, 'SIGKILL');
    await sleep(200);
    // The survivor alone serves every new connection meanwhile.
    expect(await Promise.all(Array.from({ length: 10 }, () => healthy(api.baseUrl, key)))).toEqual(Array(10).fill(200));
    const replaced = await until(async () => {
      const children = httpProcesses(api.proc.pid as number);
      return children.length === 2 && !children.includes(victim) ? children : undefined;
    }, 'a replacement HTTP process', 120_000);
    expect(replaced).toContain(survivor);
    await until(async () => (api.log().match(/API listening on/g)?.length === 3 ? true : undefined), 'the replacement to listen', 120_000);
    expect(await healthy(api.baseUrl, key)).toBe(200);
  });

  it('stops every HTTP process on SIGTERM to the primary', async () => {
    const pids = httpProcesses(api.proc.pid as number);
    await stop(api, 'SIGTERM', 30_000);
    expect(await api.exited).toBe(0);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  });
});
