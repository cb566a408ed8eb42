import { readFileSync, writeFileSync } from 'node:fs';
import request from 'supertest';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** The committed openapi.json is the API contract; a code change that alters it must update it (npm run openapi). */
describe('OpenAPI contract', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed openapi.json', async () => {
    const res = await request(t.server).get('/docs/openapi.json');
    expect(res.status).toBe(200);
    const generated = `${JSON.stringify(res.body, null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI === '1') writeFileSync('openapi.json', generated);
    expect(generated).toBe(readFileSync('openapi.json', 'utf8'));
  });
});
