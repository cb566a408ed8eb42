import { jest } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { bearer, openSql, type Sql } from '../utils/e2e.js';
import { buildWorld, reviewBody, type World } from '../utils/fixtures.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { CHROMIUM, haveChromium, launchChromium } from './console-helpers.js';

const ARTIFACTS = 'test-artifacts/widget';
// Fixed loopback ports from this suite's range (4900–4999): the host page's origin must be known when the key is made.
const API_PORT = 4931;
const SHOP_PORT = 4932;
const API = `http://localhost:${API_PORT}`;
const SHOP = `http://127.0.0.1:${SHOP_PORT}`;
const GZIP_BUDGET = 15_360;

if (!haveChromium) console.warn(`SKIPPED widget browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
const suite = haveChromium ? describe : describe.skip;

/** A shop page with a strict CSP of its own: scripts and fetches only from the Candor API, no inline styles or scripts. */
const shopPage = (opts: { key: string; product: string; lang: string; elementLang?: string }): string => `<!doctype html>
<html lang="${opts.lang}"><head><meta charset="utf-8"><title>Shop</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${API}; connect-src ${API}; style-src 'self'; img-src 'self'">
<script src="${API}/widget/v1/candor.js" defer></script></head>
<body><h1>Tent</h1>
<candor-rating product="${opts.product}" key="${opts.key}" api="${API}"${opts.elementLang ? ` lang="${opts.elementLang}"` : ''}></candor-rating>
<candor-reviews product="${opts.product}" key="${opts.key}" api="${API}" limit="3"${opts.elementLang ? ` lang="${opts.elementLang}"` : ''}></candor-reviews>
</body></html>`;

suite('embeddable widget on a shop page of another origin', () => {
  // Two cores shared by eight suites: a browser page with several fetches can take a while.
  jest.setTimeout(180_000);
  let t: TestApp;
  let w: World;
  let sql: Sql;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let shop: http.Server;
  let shopKey: string;
  let otherOriginKey: string;
  let html = '';
  let problems: string[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    sql = openSql(t);
    const seeds = [
      { rating: 5, verification: 'order_match', title: 'Great tent' }, { rating: 4, verification: 'none' }, { rating: 5, verification: 'invitation' },
      { rating: 2, verification: 'none', title: 'Leaked', anonymous: true }, { rating: 3, verification: 'order_match' }, { rating: 1, verification: 'none', folded: 'off_topic' },
    ];
    let minute = 0;
    for (const seed of seeds) {
      minute += 1;
      // A verified purchase is decided by Candor from a recorded order, never set by hand.
      const buyer = { externalId: `buyer-${minute}`, ...(seed.anonymous ? {} : { displayName: 'Alice Smith' }) };
      const orderRef = `ORD-widget-${minute}-${Date.now()}`;
      if (seed.verification === 'order_match') {
        expect((await request(t.server).post('/v1/purchases').set(...bearer(w.channel.key))
          .send({ orderRef, productId: w.product.id, reviewer: buyer, purchasedAt: '2025-12-01T12:00:00Z' })).status).toBe(201);
      }
      const res = await request(t.server).post('/v1/reviews').set(...bearer(w.channel.key)).send(reviewBody({
        productId: w.product.id, rating: seed.rating, title: seed.title ?? null, submittedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
        reviewer: buyer, ...(seed.verification === 'order_match' ? { orderRef } : {}),
      }));
      expect(res.status).toBe(202);
      await sql.query(`UPDATE reviews SET status = $2, verification = $3 WHERE id = $1`, [res.body.id, seed.folded ? 'folded' : 'published', seed.verification]);
      if (seed.folded) {
        await sql.query(
          `INSERT INTO decision_records (review_id, action, from_status, to_status, reason_code, facts, automated, actor_type, actor_id, created_at)
           VALUES ($1, 'fold', 'published', 'folded', $2, '{}'::jsonb, false, 'moderator', 'k1', now())`, [res.body.id, seed.folded]);
      }
    }
    const createKey = async (origins: string[]): Promise<string> => {
      const res = await request(t.server).post('/v1/api-keys').set(...bearer(w.adminKey)).send({ role: 'storefront', label: 'widget', publishable: true, allowedOrigins: origins });
      expect(res.status).toBe(201);
      return res.body.key as string;
    };
    shopKey = await createKey([SHOP]);
    otherOriginKey = await createKey(['https://other-shop.example']);
    await t.app.listen(API_PORT, '127.0.0.1');
    shop = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => shop.listen(SHOP_PORT, '127.0.0.1', resolve));
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => shop?.close(resolve));
    await sql?.close();
    await t?.close();
  });
  afterEach(() => context?.close());

  const open = async (opts: { key: string; lang: string; elementLang?: string }): Promise<void> => {
    html = shopPage({ ...opts, product: w.product.id });
    problems = [];
    context = await browser.newContext({ viewport: { width: 800, height: 1100 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => { if (message.type() === 'error' || /content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`); });
    await page.addInitScript(() => {
      const g = globalThis as any;
      g.document.addEventListener('securitypolicyviolation', (e: any) => g.cspViolations = [...(g.cspViolations ?? []), `${e.violatedDirective} ${e.blockedURI}`]);
    });
    await page.goto(`${SHOP}/product`);
  };
  const violations = async (): Promise<string[]> => [...problems, ...(await page.evaluate(() => ((globalThis as any).cspViolations ?? []) as string[]))];
  const jsonLd = (): Promise<any[]> => page.evaluate(() => [...(globalThis as any).document.querySelectorAll('head script[type="application/ld+json"]')].map((s: any) => JSON.parse(s.textContent)));

  it('serves the script cross-origin, cached with an ETag, within 15 KB gzipped', async () => {
    const res = await request(t.server).get('/widget/v1/candor.js').set('accept-encoding', 'identity');
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8', 'cross-origin-resource-policy': 'cross-origin', 'access-control-allow-origin': '*',
      'cache-control': expect.stringContaining('max-age=86400'), etag: expect.stringMatching(/^"/),
    });
    const gzipped = gzipSync(Buffer.from(res.text), { level: 9 }).length;
    console.log(`widget: ${Buffer.byteLength(res.text)} bytes, ${gzipped} bytes gzipped (budget ${GZIP_BUDGET})`);
    expect(gzipped).toBeLessThanOrEqual(GZIP_BUDGET);
    // Raw bytes (supertest would inflate them): the gzip the server sends is the same script.
    const zipped = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: API_PORT, path: '/widget/v1/candor.js', headers: { 'accept-encoding': 'gzip, br' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThanOrEqual(GZIP_BUDGET);
    expect(gunzipSync(zipped.body).toString()).toBe(res.text);
    expect((await request(t.server).get('/widget/v1/candor.js').set('if-none-match', res.headers.etag)).status).toBe(304);
  });

  it('renders the rating, reviews, disclosure and JSON-LD in English, with keyboard-usable sort, filter and paging', async () => {
    await open({ key: shopKey, lang: 'en' });
    const rating = page.locator('candor-rating');
    await expect(rating.getByRole('img', { name: '3.3 out of 5, 6 reviews' }).waitFor()).resolves.toBeUndefined();
    expect(await rating.getByText('Verified purchases: 4.3 out of 5 (3)').count()).toBe(1);
    const reviews = page.locator('candor-reviews');
    const status = reviews.getByRole('status');
    await page.waitForFunction(() => /Showing 3 of 6/.test((globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('[role=status]').textContent));
    expect(await reviews.getByText('Verified purchase').count()).toBeGreaterThan(0);

    const ld = await jsonLd();
    expect(ld).toHaveLength(1);
    expect(ld[0]).toMatchObject({
      '@context': 'https://schema.org', '@type': 'Product', productID: w.product.id,
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 3.33, reviewCount: 6 }, review: expect.arrayContaining([expect.objectContaining({ '@type': 'Review' })]),
    });
    await page.screenshot({ path: `${ARTIFACTS}/en.png`, fullPage: true });

    // Disclosure: opened from the keyboard.
    await rating.getByText('How reviews are collected and verified').focus();
    await page.keyboard.press('Enter');
    await expect(rating.getByText('Clients cannot claim verification', { exact: false }).waitFor()).resolves.toBeUndefined();

    // Star filter: Tab to the "2 stars" button, press Space; focus stays on it and the live region updates.
    await reviews.getByRole('button', { name: 'All' }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.querySelector('candor-reviews').shadowRoot.activeElement?.textContent)).toBe('2★2 stars');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /Showing 1 of 1/.test((globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('[role=status]').textContent));
    expect(await reviews.getByRole('button', { name: '2 stars' }).getAttribute('aria-pressed')).toBe('true');
    expect(await reviews.getByRole('heading', { name: 'Leaked' }).count()).toBe(1);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter'); // "All" again
    await page.waitForFunction(() => /Showing 3 of 6/.test((globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('[role=status]').textContent));

    // Sort from the keyboard (select by its label), then page with "Show more" and focus on the first new review.
    await reviews.getByLabel('Sort reviews').selectOption('rating_desc');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('article [role=img]')?.getAttribute('aria-label') === '5 out of 5 stars');
    await reviews.getByRole('button', { name: 'Show more reviews' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Showing 6 of 6/.test((globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('[role=status]').textContent));
    expect(await reviews.getByRole('button', { name: 'Show more reviews' }).isHidden()).toBe(true);
    expect(await page.evaluate(() => (globalThis as any).document.querySelector('candor-reviews').shadowRoot.activeElement?.tagName)).toBe('ARTICLE');
    // The folded review comes last, collapsed behind its public reason.
    expect(await reviews.getByText('Folded: it is not about the product or the purchase.', { exact: false }).count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/en-sorted-all.png`, fullPage: true });
    expect(await status.count()).toBe(1);
    expect(await violations()).toEqual([]);
  });

  it('speaks Simplified Chinese from the document language, and an element lang overrides it', async () => {
    await open({ key: shopKey, lang: 'zh-CN' });
    await page.locator('candor-rating').getByRole('img', { name: '3.3 分（满分 5 分），共 6 条评价' }).waitFor();
    await page.waitForFunction(() => /显示 3 \/ 6 条评价/.test((globalThis as any).document.querySelector('candor-reviews').shadowRoot.querySelector('[role=status]').textContent));
    expect(await page.locator('candor-reviews').getByText('已验证购买').count()).toBeGreaterThan(0);
    expect(await page.locator('candor-reviews').getByLabel('评价排序').count()).toBe(1);
    // A reviewer without a display name is '匿名' on a Chinese page (the API's 'Anonymous' is English).
    expect(await page.locator('candor-reviews').getByText('匿名', { exact: true }).count()).toBe(1);
    expect(await page.locator('candor-reviews').getByText('Anonymous').count()).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}/zh.png`, fullPage: true });
    expect(await violations()).toEqual([]);
    await context?.close();

    await open({ key: shopKey, lang: 'zh-CN', elementLang: 'en' });
    await page.locator('candor-rating').getByRole('img', { name: '3.3 out of 5, 6 reviews' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('refuses a publishable key made for another origin: no data, an error in the widget, no JSON-LD', async () => {
    await open({ key: otherOriginKey, lang: 'en' });
    await page.locator('candor-rating').getByRole('alert').waitFor();
    await page.locator('candor-reviews').getByText('Reviews could not be loaded.').waitFor();
    expect(await jsonLd()).toEqual([]);
    expect(await page.locator('candor-rating').getByRole('img').count()).toBe(0);
    // The browser reports the refused CORS read; nothing else went wrong.
    expect((await violations()).every((p) => /CORS|Failed to load resource|403/.test(p))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/refused.png`, fullPage: true });
  });
});
