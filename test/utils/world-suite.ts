import { openSql, type Sql } from './e2e.js';
import { buildWorld, type World } from './fixtures.js';
import { createTestApp, type TestApp } from './test-app.js';

export interface WorldSuite {
  t: TestApp;
  w: World;
  sql: Sql;
}

/**
 * The usual suite set-up: one app on a fresh database, the standard world and an SQL pool, closed after
 * the suite. Call it in a describe block; the fields are filled by the time the tests run.
 */
export function worldSuite(options: Parameters<typeof createTestApp>[0] = {}): WorldSuite {
  const suite = {} as WorldSuite;
  beforeAll(async () => {
    suite.t = await createTestApp(options);
    suite.w = await buildWorld(suite.t);
    suite.sql = openSql(suite.t);
  });
  afterAll(async () => {
    await suite.sql?.close();
    await suite.t?.close();
  });
  return suite;
}
