import pg from 'pg';
import request from 'supertest';
import type { TestApp } from './test-app.js';

/** Header pair for supertest's `.set(...bearer(key))`. */
export const bearer = (key: string): [string, string] => ['authorization', `Bearer ${key}`];

/** Direct SQL against the test file's database, to check what was really committed. */
export interface Sql {
  query<T extends Record<string, unknown> = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  count(text: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function openSql(t: TestApp): Sql {
  const pool = new pg.Pool({ connectionString: t.db.url, max: 2 });
  return {
    query: async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    count: async (text: string, params: unknown[] = []) => Number((await pool.query(text, params)).rows[0]?.n ?? 0),
    close: () => pool.end(),
  };
}

export interface ErrorBodyShape {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId: string;
}

/** Asserts the shared error contract: JSON, status, stable code, a request id matching the header. */
export function expectError(res: request.Response, status: number, code?: string): void {
  const body = res.body as ErrorBodyShape;
  expect({ status: res.status, code: body.code }).toEqual({ status, code: code ?? body.code });
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(body.statusCode).toBe(status);
  expect(typeof body.message).toBe('string');
  expect(body.requestId).toEqual(expect.any(String));
  expect(res.headers['x-request-id']).toBe(body.requestId);
}

/** Fields that are PII or moderation internals and must never reach merchants or storefronts. */
export const PRIVATE_FIELDS = ['orderRef', 'ipHash', 'deviceHash', 'reviewerId', 'email', 'purchaseId', 'externalId', 'history', 'decisions'];
