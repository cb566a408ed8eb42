import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const IMPORT_DAY = daysAgo(3);
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 812 };

/**
 * Layout as the user sees it: nothing wider than the viewport (no sideways scrolling), every chart's SVG
 * drawn at its card's width and a sensible height, the external stylesheet applied.
 */
async function layout(page: Page): Promise<{ viewport: number; scrollWidth: number; overflowing: string[]; charts: { id: string; width: number; height: number; card: number; viewBox: string }[]; font: string; tilesDisplay: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as any).document;
    const viewport = (globalThis as any).innerWidth as number;
    const overflowing: string[] = [];
    for (const node of doc.querySelectorAll('#main *')) {
      const box = node.getBoundingClientRect();
      if (box.width > 0 && (box.left < -0.5 || box.right > viewport + 0.5)) overflowing.push(`${node.tagName.toLowerCase()}#${node.id}.${node.getAttribute('class') ?? ''} ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
    const charts = [...doc.querySelectorAll('#charts figure.chart')].map((fig: any) => {
      const svg = fig.querySelector('svg').getBoundingClientRect();
      return { id: fig.id, width: Math.round(svg.width), height: Math.round(svg.height), card: Math.round(fig.getBoundingClientRect().width), viewBox: fig.querySelector('svg').getAttribute('viewBox') };
    });
    const style = (globalThis as any).getComputedStyle;
    return { viewport, scrollWidth: doc.documentElement.scrollWidth, overflowing, charts, font: style(doc.body).fontFamily, tilesDisplay: style(doc.getElementById('tiles')).display };
  });
}

suite('reputation dashboards in a real browser', () => {
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  /** CSP violations reported by the browser, from the console and from securitypolicyviolation events. */
  let violations: string[];

  const open = async (viewport: { width: number; height: number }, locale = 'en-US'): Promise<void> => {
    await context?.close();
    context = await browser.newContext({ viewport, locale, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => { throw error; });
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    });
    // Injected by the browser's debugging protocol, not by the page, so the CSP under test does not apply to it.
    await page.addInitScript(() => {
      const g = globalThis as any;
      g.cspViolations = [];
      g.document.addEventListener('securitypolicyviolation', (e: any) => g.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile ?? ''}:${e.lineNumber ?? ''}`));
    });
  };
  const expectNoCspViolation = async (): Promise<void> => {
    const events = await page.evaluate(() => (globalThis as any).cspViolations as string[]);
    expect([...violations, ...events]).toEqual([]);
  };
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
    // The other merchant's reviews all arrive on one day, as one import of history would.
    for (const rating of [5, 4, 2]) {
      reviews.push({
        productId: w.otherProduct.id, merchantId: w.otherMerchant.id, channelId: w.channel.id, receivedAt: IMPORT_DAY, rating, status: 'published',
        sentiment: { label: rating >= 4 ? 'positive' : 'negative', score: rating >= 4 ? 0.6 : -0.6 }, aspects: ['quality'], decisions: publishedAfter(60),
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
  }, 120_000);
  beforeEach(async () => {
    violations = [];
    await open(DESKTOP);
  });
  afterEach(async () => {
    await expectNoCspViolation();
  });
  afterAll(async () => {
    await browser?.close();
    await sql?.close();
    await t?.close();
  });

  it('shows a merchant its own dashboard with SVG charts, its merchant named in the picker', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
    expect(await page.locator('#merchant option').allInnerTexts()).toEqual(['Acme Outdoor']);
    expect(await page.locator('#tiles .tile').count()).toBe(18);
    expect(await page.locator('#tiles').innerText()).toContain('30');
    expect(await page.locator('#charts figure.chart svg').count()).toBe(9);
    expect(await page.locator('#chart-distribution rect.bar').count()).toBe(5);
    expect(await page.locator('#view option[value="platform"]').count()).toBe(0);
    expect(await page.locator('#audit').innerText()).toContain('Suppression audit');
    await page.screenshot({ path: `${ARTIFACTS}/merchant-dashboard.png`, fullPage: true });
  });

  it('shows the seed-document indicators and narrows them to one channel', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
    const tileValue = (label: string): Promise<string> => page.locator('#tiles .tile', { has: page.locator('.k', { hasText: label }) }).locator('.v').innerText();
    // Every odd review got a reply after 3600 s = 60 min: median and p90 are both exactly 60 min.
    expect(await tileValue('Reply time median / p90')).toBe('60 min / 60 min');
    // No orders, purchases or 0–10 answers were reported: the rates say "—", not 0.
    expect(await tileValue('Complaint rate (complaints ÷ orders)')).toBe('—');
    expect(await tileValue('Churn')).toBe('—');
    expect(await tileValue('NPS (0–10 answers)')).toBe('—');
    // Ratings 1★ are 5 of the 30 public reviews (negative by rating and text) → 16.7 %.
    expect(await tileValue('Negative-review rate')).toBe('16.7%');
    expect(await page.locator('#channel option').count()).toBe(3);
    await page.locator('#channel').selectOption(w.otherChannel.id);
    await page.locator('#load').click();
    await page.waitForFunction((id) => String((globalThis as any).document.body.dataset.loaded ?? '').endsWith(`:${id}`), w.otherChannel.id);
    // i % 3 === 0 → i = 0, 3, …, 27: 10 of the 30 reviews came through the app channel.
    expect(await tileValue('Reviews received')).toBe('10');
    await page.screenshot({ path: `${ARTIFACTS}/merchant-one-channel.png`, fullPage: true });
  });

  it('lets a merchant refresh its figures and says when it must wait', async () => {
    await signIn(w.otherMerchant.key);
    await loaded('merchant:');
    await page.locator('#refresh').click();
    await page.waitForFunction(() => /Refresh queued/.test((globalThis as any).document.getElementById('status').textContent));
    await page.locator('#refresh').click();
    await page.waitForFunction(() => /try again in \d+ s/.test((globalThis as any).document.getElementById('status').textContent));
  });

  it('downloads each chart as CSV with the numbers drawn', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
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

  it.each([
    ['desktop', DESKTOP, 'en-US', 'en', 'Reviews per day', 'Reviews received', 'quality'],
    ['phone', PHONE, 'en-US', 'en', 'Reviews per day', 'Reviews received', 'quality'],
    ['desktop', DESKTOP, 'zh-CN', 'zh-CN', '每日评价数', '收到的评价', '质量'],
    ['phone', PHONE, 'zh-CN', 'zh-CN', '每日评价数', '收到的评价', '质量'],
  ])('fits a %s viewport in the browser language (%s → %s), charts sized to their cards', async (name, viewport, locale, lang, chartTitle, tileTitle, aspect) => {
    await open(viewport, locale);
    await signIn(w.merchant.key);
    await loaded('merchant:');
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.lang)).toBe(lang);
    expect(await page.locator('#chart-volume figcaption').innerText()).toContain(chartTitle);
    expect(await page.locator('#tiles').innerText()).toContain(tileTitle);
    // Aspect bars carry the console's aspect names in the page's language, never the API's snake_case keys.
    // (Each bar's title holds the whole name; the axis text under a narrow bar may be cut short.)
    const aspectLabels = (await page.locator('#chart-aspects svg rect.bar title').allTextContents()).map((text) => text.replace(/: .*$/, ''));
    expect(aspectLabels).toContain(aspect);
    expect(aspectLabels.filter((text) => text.includes('_'))).toEqual([]);
    const l = await layout(page);
    expect(l.font).toContain('system-ui'); // the stylesheet applied (the CSP-blocked inline styles left the browser's serif)
    expect(l.tilesDisplay).toBe('grid');
    expect(l.overflowing).toEqual([]);
    expect(l.scrollWidth).toBeLessThanOrEqual(viewport.width);
    expect(l.charts).toHaveLength(9);
    for (const c of l.charts) {
      expect({ id: c.id, fits: c.width <= c.card && c.width >= c.card - 40 }).toEqual({ id: c.id, fits: true });
      expect({ id: c.id, viewBoxWidth: Number(c.viewBox.split(' ')[2]) }).toEqual({ id: c.id, viewBoxWidth: c.width });
      expect(c.height).toBeGreaterThanOrEqual(150);
      expect(c.height).toBeLessThanOrEqual(260);
    }
    // Two or more charts a row on a desktop, one a row on a phone.
    if (name === 'desktop') expect(Math.max(...l.charts.map((c) => c.card))).toBeLessThan(viewport.width / 2);
    else expect(Math.min(...l.charts.map((c) => c.card))).toBeGreaterThan(viewport.width - 60);
    await page.screenshot({ path: `${ARTIFACTS}/merchant-${name}-${lang}.png`, fullPage: true });
  });

  it('switches language in the page and remembers the choice', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
    await page.locator('#lang').selectOption('zh-CN');
    await page.waitForFunction(() => (globalThis as any).document.body.dataset.lang === 'zh-CN');
    expect(await page.locator('#chart-distribution figcaption').innerText()).toContain('评分分布');
    expect(await page.locator('#load').innerText()).toBe('查看');
    await page.reload();
    await loaded('merchant:');
    expect(await page.locator('#chart-distribution figcaption').innerText()).toContain('评分分布');
  });

  it('says so when a period has no data, instead of drawing blank charts', async () => {
    await signIn(w.merchant.key);
    await loaded('merchant:');
    await page.locator('#from').fill('2020-01-01');
    await page.locator('#to').fill('2020-01-31');
    await page.locator('#load').click();
    await loaded('merchant:2020-01-01');
    expect(await page.locator('#charts svg[data-empty="true"]').count()).toBe(9);
    expect(await page.locator('#chart-volume').innerText()).toContain('No data in this period.');
    await page.screenshot({ path: `${ARTIFACTS}/merchant-empty.png`, fullPage: true });
  });

  it('marks a day that holds all of a period\'s reviews (one import) instead of a bare spike', async () => {
    await open(PHONE);
    await signIn(w.otherMerchant.key);
    await loaded('merchant:');
    expect(await page.locator('#chart-volume .note').innerText()).toContain(IMPORT_DAY.slice(0, 10));
    expect(await page.locator('#chart-volume circle.dot').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/merchant-single-day-phone.png`, fullPage: true });
  });
});
