import { jest } from '@jest/globals';
import request from 'supertest';
import { Clock } from '../../src/common/clock/clock.js';
import { bearer, expectError, openSql, type Sql } from '../utils/e2e.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { waitFor } from '../utils/test-worker.js';

/**
 * Issue 16 LOW: a key revoked by the CLI (another process) stayed valid for up to 5 s in every API process.
 * Each process verifies keys once and caches them; a revocation committed anywhere is pushed to every process.
 * Both apps' clocks stand still, so no cache entry ever expires: only the push can make a revocation visible.
 */
describe('API key revocation reaches every process', () => {
  let a: TestApp;
  let b: TestApp;
  let sql: Sql;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ database: a.db });
    sql = openSql(a);
    const still = new Date();
    for (const t of [a, b]) jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(still);
  });
  afterAll(async () => {
    await sql.close();
    await b.close();
    await a.close();
  });

  const status = async (t: TestApp, key: string): Promise<number> => (await request(t.server).get('/v1/channels').set(...bearer(key))).status;
  const until401 = (t: TestApp, key: string): Promise<true> => waitFor(async () => ((await status(t, key)) === 401 ? true : undefined), 'the revocation');

  it('refuses a key in another app process once it is revoked through the API of the first', async () => {
    const admin = await a.key('admin');
    const created = await request(a.server).post('/v1/api-keys').set(...bearer(admin)).send({ role: 'moderator', label: 'to revoke' });
    const key = created.body.key as string;
    expect(await status(a, key)).toBe(200);
    expect(await status(b, key)).toBe(200);
    expect((await request(a.server).delete(`/v1/api-keys/${created.body.id as string}`).set(...bearer(admin))).status).toBe(204);
    expect(await status(a, key)).toBe(401);
    await until401(b, key);
    expectError(await request(b.server).get('/v1/channels').set(...bearer(key)), 401, 'UNAUTHENTICATED');
  });

  it('refuses a key revoked by another writer (the CLI) in every process', async () => {
    const key = await a.key('moderator');
    expect(await status(a, key)).toBe(200);
    expect(await status(b, key)).toBe(200);
    await sql.query('UPDATE api_keys SET revoked_at = now() WHERE prefix = $1', [key.split('_')[1]]);
    await until401(a, key);
    await until401(b, key);
  });
});
