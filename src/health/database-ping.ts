import type { DataSource } from 'typeorm';

/**
 * `SELECT 1` within `timeoutMs`, else rejects with terminus's message. Terminus's own pingCheck does the
 * same with an AbortSignal.timeout and aborts its controller when done, which builds a DOMException (with
 * a stack trace) on every /health: main-thread work a load balancer's probe should not cost (issue 16).
 */
export function pingDatabase(db: DataSource, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout of ${timeoutMs}ms exceeded`)), timeoutMs);
  });
  return Promise.race([db.query('SELECT 1').then(() => undefined), expired]).finally(() => clearTimeout(timer));
}
