import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pushReviews, settle } from './support/fleet.js';
import { childEnv, createEmptyDatabase, openSql, type FreshDatabase, type Sql } from './support/database.js';
import { NO_VIOLATIONS } from './support/invariants.js';
import { freePort, startProcess, stop, stopAll, until, waitForLog, type Child } from './support/processes.js';
import { http, seedWorld, type World } from './support/world.js';

const log = (line: string): void => void process.stderr.write(`[start-supervision] ${line}\n`);

/** The launcher's children (Linux /proc), by the script each runs. */
function launcherChildren(pid: number): { api?: number; worker?: number } {
  const pids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const found: { api?: number; worker?: number } = {};
  for (const child of pids) {
    const cmd = readFileSync(`/proc/${child}/cmdline`, 'utf8');
    if (cmd.includes('main.js')) found.api = child;
    if (cmd.includes('worker.js')) found.worker = child;
  }
  return found;
}

const occurrences = (text: string, marker: string): number => text.split(marker).length - 1;

/**
 * `npm start` (dist/src/start.js) supervises: kill -9 the worker, then the API; each is restarted (the
 * launcher never exits on a child's death), the API answers again, and reviews sent to it afterwards
 * are scored by the new worker. SIGTERM stops the launcher, which waits for both children.
 */
describe('npm start supervises the API and the worker', () => {
  let db: FreshDatabase;
  let sql: Sql;
  let launcher: Child;
  let baseUrl: string;
  let env: Record<string, string>;
  let world: World;

  beforeAll(async () => {
    db = await createEmptyDatabase();
    sql = openSql(db.url);
    const port = await freePort();
    env = childEnv(db.url, { PORT: String(port), HOST: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${port}`;
    launcher = startProcess('launcher', process.execPath, [join(resolve('dist/src'), 'start.js')], env);
    await waitForLog(launcher, 'API listening on', 180_000);
    await waitForLog(launcher, 'worker started', 180_000);
    world = await seedWorld(baseUrl, env, { merchants: 2, products: 10 });
  });
  afterAll(async () => {
    const left = launcher?.running() ? launcherChildren(launcher.proc.pid as number) : {};
    await stopAll();
    for (const pid of [left.api, left.worker]) if (pid) try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    await sql?.close();
    await db?.drop();
  });

  it('restarts a killed worker and a killed API; reviews sent afterwards are scored', async () => {
    const first = launcherChildren(launcher.proc.pid as number);
    expect(first).toEqual({ api: expect.any(Number), worker: expect.any(Number) });

    process.kill(first.worker as number, 'SIGKILL');
    log(`killed worker ${first.worker}`);
    await until(async () => (occurrences(launcher.log(), 'worker started') >= 2 ? true : undefined), 'a new worker', 180_000);
    expect(launcher.running()).toBe(true);

    process.kill(first.api as number, 'SIGKILL');
    log(`killed API ${first.api}`);
    await until(async () => (occurrences(launcher.log(), 'API listening on') >= 2 ? true : undefined), 'a new API', 180_000);
    const health = await until(async () => {
      const res = await http(baseUrl, 'GET', '/health', undefined, undefined, 10_000);
      return res.status === 200 ? res : undefined;
    }, 'the API to answer again', 60_000);
    expect(health.status).toBe(200);
    expect(launcher.running()).toBe(true);
    const now = launcherChildren(launcher.proc.pid as number);
    expect(now.api).not.toBe(first.api);
    expect(now.worker).not.toBe(first.worker);

    const tally = await pushReviews({ api: { baseUrl }, world }, 'sup', 100, 50);
    expect(tally.accepted).toBe(100);
    expect(await settle(sql, 'the restarted worker to score the reviews')).toEqual(NO_VIOLATIONS);
    expect(await sql.n(`SELECT count(*) FROM reviews WHERE status IN ('published', 'held', 'withheld')`)).toBe(100);

    await stop(launcher, 'SIGTERM', 60_000);
    expect(await launcher.exited).toBe(0);
    for (const pid of [now.api, now.worker]) expect(() => process.kill(pid as number, 0)).toThrow();
  });
});
