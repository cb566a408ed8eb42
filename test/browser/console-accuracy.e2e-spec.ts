import type { Browser, Page } from 'playwright-core';
import { seedDecidedHolds } from '../utils/automation-fixtures.js';
import { openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { CHROMIUM, haveChromium, launchChromium, listen, shot, signIn } from './console-helpers.js';

if (!haveChromium) console.warn(`SKIPPED console accuracy browser test: ${CHROMIUM} not found`);
const suite = haveChromium ? describe : describe.skip;

suite('console automation accuracy view', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    await seedDecidedHolds(t, w, sql);
    const baseUrl = await listen(t);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => problems.push(error.message));
    // CSP violations are reported as console errors; a missing asset as a failed response.
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    await signIn(page, baseUrl, w.moderatorKey);
    await page.locator('#nav button[data-view="accuracy"]').click();
    await page.locator('#accuracy-summary').waitFor();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await sql?.close();
    await t?.close();
  });

  it('shows the approval rate of automated holds, handling times and flags the over-firing signal, with no CSP violation', async () => {
    expect(await page.textContent('#accuracy-summary')).toBe('Automated holds decided by a moderator: 7 · approved (overturned) 4 (57.1%) · upheld 3');
    expect(await page.textContent('#accuracy-handling')).toBe('Hold → first decision: median 8 min, p90 42 min · receipt → first decision: median 68 min, p90 102 min');
    const rows = await page.$$eval('table.accuracy tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent).join(' | ')));
    expect(rows).toEqual([
      'incentive | 5 | 4 | 1 | 80.0%mostly overturned', 'near duplicate | 2 | 0 | 2 | 0.0%',
      'v1 | 4 | 3 | 1 | 75.0%mostly overturned', 'v2 | 3 | 1 | 2 | 33.3%',
      'Approve | 0 | 4 | 4', 'Fold | 0 | 1 | 1', 'Hold | 8 | 0 | 8', 'Remove | 0 | 2 | 2',
    ]);
    expect(await page.$$eval('tr.over-firing', (trs) => trs.length)).toBe(2);
    await shot(page, 'accuracy');
    expect(problems).toEqual([]);
  });
});
