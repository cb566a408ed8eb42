import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { createPostgresBackend, type BackendFactory, type RedisQueueBackend } from 'bullmq';
import { LoggedQueue, LoggedWorker } from './logged-bullmq.js';

/** Nothing listens on port 1 of loopback: every connection is refused at once. */
const UNREACHABLE = { connectionString: 'postgres://postgres@127.0.0.1:1/postgres', connectionTimeoutMillis: 2_000 };
const backend = createPostgresBackend as unknown as BackendFactory<RedisQueueBackend>;

describe('LoggedQueue / LoggedWorker', () => {
  let warn: jest.SpiedFunction<Logger['warn']>;
  let consoleError: jest.SpiedFunction<typeof console.error>;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('a worker logs its errors through the logger, never console.error', async () => {
    const worker = new LoggedWorker('logged-worker', async () => undefined, { connection: UNREACHABLE, autorun: false } as never, backend);
    try {
      worker.emit('error', new Error('read ECONNRESET'));
      expect(warn.mock.calls.map(([line]) => line)).toEqual(['worker logged-worker: read ECONNRESET']);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await worker.close(true).catch(() => undefined);
    }
  });

  it('a queue logs its errors through the logger, repeated ones once', async () => {
    const queue = new LoggedQueue('logged-queue', { connection: UNREACHABLE } as never, backend);
    try {
      queue.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:1'));
      queue.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:1'));
      expect(warn.mock.calls.map(([line]) => line)).toContain('queue logged-queue: connect ECONNREFUSED 127.0.0.1:1');
      expect(warn.mock.calls.filter(([line]) => line === 'queue logged-queue: connect ECONNREFUSED 127.0.0.1:1')).toHaveLength(1);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await queue.close().catch(() => undefined);
    }
  });
});
