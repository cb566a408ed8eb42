import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ReputationRollupService } from '../../src/reputation/reputation-rollup.service.js';
import { openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, type World } from '../utils/fixtures.js';
import { insertFixtureReviews, publishedAfter, type FixtureReview } from '../utils/reputation-fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { CHROMIUM, haveChromium, listen } from './console-helpers.js';

const ARTIFACTS = 'test-artifacts/reputation';
if (!haveChromium) console.warn(`SKIPPED reputation dashboard browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
const suite = haveChromium ? describe : describe.skip;

const daysAgo = (n: number, hour = 10): string => {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00Z`;
};

suite('reputation dashboards in a real browser', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;

  const signIn = async (key: string): Promise<void> => {
    await page.goto(`${baseUrl}/console/assets/dashboard.html`);
    await page.evaluate(() => (globalThis as any).sessionStorage.clear());
    await page.goto(`${baseUrl}/console/assets/dashboard.html`);
    await page.locator('#api-key').fill(key);
    await page.keyboard.press('Enter');
  };
  // A function, not a string: string predicates need 'unsafe-eval', which the console's strict CSP refuses (see console-helpers.ts).
  const loaded = (prefix: string): Promise<unknown> =>
    page.waitForFunction((p) => String((globalThis as any).document.body.dataset.loaded ?? '').startsWith(p), prefix);

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const base = { productId: w.product.id, merchantId: w.merchant.id };
    const reviews: FixtureReview[] = [];
    for (let i = 0; i < 30; i++) {
      const rating = [5, 4, 5, 3, 1, 4][i % 6];
      reviews.push({
        ...base, channelId: i % 3 === 0 ? w.otherChannel.id : w.channel.id, receivedAt: daysAgo(i % 20, 8 + (i % 10)), rating, status: 'published',
        sentiment: rating >= 4 ? { label: 'positive', score: 0.7 } : rating === 3 ? { label: 'neutral', score: 0 } : { label: 'negative', score: -0.7 },
        aspects: i % 2 ? ['quality'] : ['logistics', 'price'], decisions: publishedAfter(60 + i), replyAfterSeconds: i % 2 ? 3600 : undefined,
      });
    }
    await insertFixtureReviews(sql, reviews);
    await t.app.get(ReputationRollupService).run();
    baseUrl = await listen(t);
    mkdirSync(ARTIFACTS, { recursive: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, acceptDownloads: true });
    page.on('pageerror', (error) => { throw error; });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await sql?.close();
    await t?.close();
  });

  it('shows a merchant its own dashboard with SVG charts', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
    expect(await page.locator('#tiles .tile').count()).toBe(13);
    expect(await page.locator('#tiles').innerText()).toContain('30');
    expect(await page.locator('#charts figure.chart svg').count()).toBe(8);
    expect(await page.locator('#chart-distribution rect.bar').count()).toBe(5);
    expect(await page.locator('#view option[value="platform"]').count()).toBe(0);
    expect(await page.locator('#audit').innerText()).toContain('Suppression audit');
    await page.screenshot({ path: `${ARTIFACTS}/merchant-dashboard.png`, fullPage: true });
  });

  it('downloads each chart as CSV with the numbers drawn', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-distribution button.csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    // Ratings cycle 5,4,5,3,1,4 over 30 reviews: five 1★, five 3★, ten 4★, ten 5★.
    expect(csv.trim().split('\r\n')).toEqual(['stars,count', '1★,5', '2★,0', '3★,5', '4★,10', '5★,10']);
    const [channels] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-channels button.csv').click()]);
    expect(readFileSync(await channels.path(), 'utf8').split('\r\n')[0]).toBe('channel,satisfied_share,ratings,average,p_value,significant,direction');
  });

  it('shows an admin the platform dashboard', async () => {
    await signIn(w.adminKey);
    await loaded('merchant:');
    await page.locator('#view').selectOption('platform');
    await page.locator('#load').click();
    await loaded('platform:');
    expect(await page.locator('#merchant-field').isHidden()).toBe(true);
    expect(await page.locator('#chart-volume path').getAttribute('data-points')).toBe('90');
    await page.screenshot({ path: `${ARTIFACTS}/platform-dashboard.png`, fullPage: true });
  });
});
