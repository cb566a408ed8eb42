import { retryDeadlocks } from './guarded-postgres-backend.js';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

function backendFailing(failures: Error[]): { query(text: string, params?: unknown[]): Promise<unknown>; calls: number } {
  const backend = {
    calls: 0,
    async query(text: string): Promise<unknown> {
      backend.calls += 1;
      const failure = failures.shift();
      if (failure) throw failure;
      return { rows: [text] };
    },
  };
  return backend;
}

describe('retryDeadlocks', () => {
  const noPause = async (): Promise<void> => undefined;

  it('runs a statement again when PostgreSQL picked it as a deadlock victim', async () => {
    const backend = backendFailing([deadlock, deadlock]);
    retryDeadlocks(backend, noPause);
    await expect(backend.query('SELECT move_to_completed_fetch()')).resolves.toEqual({ rows: ['SELECT move_to_completed_fetch()'] });
    expect(backend.calls).toBe(3);
  });

  it('gives up after three retries', async () => {
    const backend = backendFailing([deadlock, deadlock, deadlock, deadlock]);
    retryDeadlocks(backend, noPause);
    await expect(backend.query('SELECT 1')).rejects.toBe(deadlock);
    expect(backend.calls).toBe(4);
  });

  it('never retries other errors', async () => {
    const other = Object.assign(new Error('lock mismatch'), { code: 'BM001' });
    const backend = backendFailing([other]);
    retryDeadlocks(backend, noPause);
    await expect(backend.query('SELECT 1')).rejects.toBe(other);
    expect(backend.calls).toBe(1);
  });
});
