import request from 'supertest';
import { CONSOLE_FILES } from '../../src/console/console-assets.js';
import { expectError } from '../utils/e2e.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('console: static assets at /console', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the page without a key, with its scripts as files under the CSP', async () => {
    const res = await request(t.server).get('/console');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.text).toContain('<script type="module" src="/console/assets/app.js"></script>');
  });

  it.each(Object.entries(CONSOLE_FILES))('serves %s as %s', async (file, type) => {
    const res = await request(t.server).get(`/console/assets/${file}`);
    expect({ status: res.status, type: res.headers['content-type'], nosniff: res.headers['x-content-type-options'] }).toEqual({ status: 200, type, nosniff: 'nosniff' });
    expect(res.headers.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await request(t.server).get('/console/assets/app.js');
    const again = await request(t.server).get('/console/assets/app.js').set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
  });

  it('every module the page imports is whitelisted (no 404 at runtime)', async () => {
    const imports = new Set<string>();
    for (const file of Object.keys(CONSOLE_FILES).filter((f) => f.endsWith('.js'))) {
      const text = (await request(t.server).get(`/console/assets/${file}`)).text;
      for (const m of text.matchAll(/from '\.\/([\w-]+\.js)'/g)) imports.add(m[1]);
    }
    expect([...imports].filter((f) => !(f in CONSOLE_FILES))).toEqual([]);
  });

  it.each(['..%2Fpackage.json', '..%2F..%2F..%2Fpackage.json', 'console.controller.ts', 'missing.js', '.env'])('refuses %s with 404', async (file) => {
    expectError(await request(t.server).get(`/console/assets/${file}`), 404, 'NOT_FOUND');
  });
});
