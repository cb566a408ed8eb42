import type { INestApplicationContext } from '@nestjs/common';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { buildWorld, type World } from '../utils/fixtures.js';
import { openSql, type Sql } from '../utils/e2e.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { startTestWorker, waitFor } from '../utils/test-worker.js';
import { CHROMIUM, haveChromium, launchChromium, listen, openedItemId, rowIds, seedCopies, shot, signIn, waitForRows } from './console-helpers.js';

if (!haveChromium) console.warn(`SKIPPED console browser tests: ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);
const suite = haveChromium ? describe : describe.skip;

const XSS = 'Great <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> tent, best purchase, buy it now, five stars!!';
const COPY_A = 'Absolutely amazing product, best purchase ever, highly recommend to everyone, five stars, will buy again for sure!!';
const COPY_B = 'This charger is perfect perfect perfect, fastest charging ever, everybody should buy one today, ten out of ten!!';

suite('moderator console in a real browser', () => {
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let sql: Sql;
  let browser: Browser;
  let page: Page;
  let baseUrl: string;
  const pageErrors: string[] = [];
  const held: { a: string[]; b: string[]; xss: string[] } = { a: [], b: [], xss: [] };

  const publicStatus = async (reviewId: string): Promise<number> =>
    (await request(t.server).get(`/v1/reviews/${reviewId}`).set('authorization', `Bearer ${w.storefrontKey}`)).status;
  const staffStatus = async (reviewId: string): Promise<string> =>
    (await request(t.server).get(`/v1/reviews/${reviewId}`).set('authorization', `Bearer ${w.adminKey}`)).body.status;
  const claimOf = async (itemId: string): Promise<{ version: number; lease_until: Date; claimed_by: string; state: string }> =>
    (await sql.query<{ version: number; lease_until: Date; claimed_by: string; state: string }>(
      'SELECT version, lease_until, claimed_by, state FROM moderation_items WHERE id = $1', [itemId]))[0];
  const reviewOfItem = async (itemId: string): Promise<string> =>
    (await sql.query<{ review_id: string }>('SELECT review_id FROM moderation_items WHERE id = $1', [itemId]))[0].review_id;

  beforeAll(async () => {
    t = await createTestApp();
    w = await buildWorld(t);
    worker = await startTestWorker(t.env);
    sql = openSql(t);
    held.a = await seedCopies(t, w, sql, { productId: w.product.id, body: COPY_A, copies: 5 });
    held.b = await seedCopies(t, w, sql, { productId: w.otherProduct.id, body: COPY_B, copies: 4 });
    held.xss = await seedCopies(t, w, sql, { productId: w.product.id, body: XSS, copies: 3, title: '<b>bold?</b>' });
    baseUrl = await listen(t);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await sql?.close();
    await t?.close();
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('had held items to moderate', () => {
    expect({ a: held.a.length >= 3, b: held.b.length >= 2, xss: held.xss.length >= 1 }).toEqual({ a: true, b: true, xss: true });
  });

  it('refuses a key that cannot moderate, then signs a moderator in', async () => {
    await signIn(page, baseUrl, w.merchant.key);
    await page.locator('#alert', { hasText: 'cannot moderate' }).waitFor();
    expect(await page.locator('#queue-view').isVisible()).toBe(false);
    await page.locator('#api-key').fill(w.moderatorKey);
    await page.keyboard.press('Enter');
    await waitForRows(page, held.a.length + held.b.length + held.xss.length);
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('candor.console.key'))).toBe(w.moderatorKey);
    // A long review title is cut with an ellipsis inside its cell, not clipped mid-word by the queue column's edge.
    const overflowing = await page.$$eval('#queue-body .row-open', (buttons) => buttons
      .filter((b) => b.getBoundingClientRect().right > (b.closest('td') as any).getBoundingClientRect().right + 0.5).length);
    expect(overflowing).toBe(0);
    await shot(page, '01-queue');
  });

  it('lists the shortcuts on ?, and Esc closes the help', async () => {
    await page.keyboard.press('?');
    await page.locator('#help[open]').waitFor();
    expect(await page.locator('#help').textContent()).toContain('Approve');
    await shot(page, '01b-shortcuts');
    await page.keyboard.press('Escape');
    await page.locator('#help[open]').waitFor({ state: 'detached' });
  });

  it('filters the queue by merchant, in the API priority order', async () => {
    await page.selectOption('#f-merchantId', w.otherMerchant.id);
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForRows(page, held.b.length);
    const api = await request(t.server).get('/v1/moderation/queue').query({ merchantId: w.otherMerchant.id }).set('authorization', `Bearer ${w.moderatorKey}`);
    expect(await rowIds(page)).toEqual(api.body.items.map((i: { id: string }) => i.id));
  });

  it('opens an item with its signals and near-duplicates, approves it with one keystroke, and it goes public', async () => {
    await page.keyboard.press('j');
    const itemId = await openedItemId(page);
    const reviewId = await reviewOfItem(itemId);
    expect(await publicStatus(reviewId)).toBe(404);
    expect(await page.locator('table.signals tbody tr').count()).toBeGreaterThan(3);
    expect(await page.locator('.dup').count()).toBeGreaterThan(0);
    expect(await page.locator('#review-body').textContent()).toBe(COPY_B);
    await shot(page, '02-item-detail');
    await page.keyboard.press('a');
    await page.locator('#last-decision', { hasText: 'Approved' }).waitFor();
    await page.locator('#statement-text').waitFor();
    expect(await page.locator('#statement-text').textContent()).toMatch(/published/i);
    expect(await publicStatus(reviewId)).toBe(200);
    expect(await rowIds(page)).not.toContain(itemId);
    await shot(page, '03-after-decision');
  });

  it('shows a stale version as a clear 409 message, and reloading lets the decision through', async () => {
    const itemId = await openedItemId(page);
    await sql.query('UPDATE moderation_items SET version = version + 1 WHERE id = $1', [itemId]);
    await page.keyboard.press('f');
    await page.locator('#stale', { hasText: 'changed since you opened it' }).waitFor();
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('stale-reload');
    await shot(page, '04-stale-version');
    await page.keyboard.press('Enter');
    await page.locator('#stale').waitFor({ state: 'hidden' });
    await page.keyboard.press('f');
    await page.locator('#last-decision', { hasText: 'Folded' }).waitFor();
    expect(await staffStatus(await reviewOfItem(itemId))).toBe('folded');
  });

  it('renders review text containing markup as text, never as HTML', async () => {
    // Aspect evidence that is itself markup: highlighted as text, the body's text unchanged.
    const evidence = '<img src=x onerror="window.__xss = 2">';
    await sql.query(`UPDATE review_scores SET aspect_details = $2 WHERE review_id = ANY($1::uuid[])`, [held.xss, JSON.stringify([
      { aspect: 'quality', polarity: 'negative', evidence: { start: XSS.indexOf(evidence), end: XSS.indexOf(evidence) + evidence.length, text: evidence } }])]);
    await page.getByRole('button', { name: 'Clear' }).click();
    await waitForRows(page, held.a.length + held.xss.length + held.b.length - 2);
    await page.locator('#queue-body button.row-open', { hasText: '<b>bold?</b>' }).first().click();
    await page.locator('#detail-title', { hasText: '<b>bold?</b>' }).waitFor();
    expect(await page.locator('#review-body').textContent()).toBe(XSS);
    expect(await page.locator('#review-body mark.aspect.negative').textContent()).toBe(evidence);
    expect(await page.locator('#sentiment-line').textContent()).toMatch(/^Sentiment \w+ · score -?\d.* · confidence \d/);
    expect(await page.locator('#aspect-list').textContent()).toContain(`quality (negative)${evidence}`);
    expect(await page.locator('#detail img, #detail script, #detail b, #queue-body img, #queue-body script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as any).__xss)).toBeUndefined();
    await shot(page, '05-markup-as-text');
  });

  it('selects several items with x and removes them in one bulk decision', async () => {
    await page.selectOption('#f-merchantId', w.merchant.id);
    await page.getByRole('button', { name: 'Apply' }).click();
    await waitForRows(page, held.a.length + held.xss.length);
    await page.locator('#main').focus();
    await page.keyboard.press('j');
    const first = await openedItemId(page);
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.waitForFunction((id) => (globalThis as any).document.querySelector('#queue-body tr.current')?.getAttribute('data-id') !== id, first);
    const second = await openedItemId(page);
    await page.keyboard.press('x');
    await page.locator('#bulk-bar', { hasText: '2 selected' }).waitFor();
    await page.selectOption('#bulk-reason', 'duplicate');
    await shot(page, '06-bulk-selection');
    await page.getByRole('button', { name: 'Remove all' }).click();
    await page.locator('#last-decision', { hasText: 'Bulk: Removed 2 of 2' }).waitFor();
    for (const itemId of [first, second]) {
      const reviewId = await reviewOfItem(itemId);
      expect({ staff: await staffStatus(reviewId), storefront: await publicStatus(reviewId) }).toEqual({ staff: 'removed', storefront: 404 });
    }
    expect(await rowIds(page)).toEqual(expect.not.arrayContaining([first, second]));
  });

  it('renews the lease while an item stays open, and requests an edit with w', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reader = await context.newPage();
    reader.setDefaultTimeout(10_000);
    reader.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's timers run on a fake clock, so half a lease (5 minutes by default) passes at once.
    await reader.clock.install();
    await signIn(reader, baseUrl, await t.key('moderator'));
    await reader.locator('#queue-body tr[data-id]').first().waitFor();
    await reader.keyboard.press('?');
    expect(await reader.locator('#help').textContent()).toContain('Request an edit');
    await reader.keyboard.press('Escape');
    await reader.keyboard.press('j');
    const itemId = await openedItemId(reader);
    const claimed = await claimOf(itemId);
    await reader.clock.fastForward('06:00');
    const renewed = await waitFor(async () => {
      const row = await claimOf(itemId);
      return row.version > claimed.version ? row : undefined;
    }, 'the lease renewal');
    expect({ state: renewed.state, by: renewed.claimed_by, later: renewed.lease_until > claimed.lease_until })
      .toEqual({ state: 'claimed', by: claimed.claimed_by, later: true });
    await reader.locator('#claim-line', { hasText: `version ${renewed.version}` }).waitFor();
    await reader.keyboard.press('w');
    await reader.locator('#last-decision', { hasText: 'Edit requested' }).waitFor();
    await shot(reader, '08-request-edit-after-renewal');
    const [record] = await sql.query<{ action: string; facts: { awaitingAuthorEdit: boolean } }>(
      'SELECT d.action, d.facts FROM moderation_items mi JOIN decision_records d ON d.id = mi.decision_record_id WHERE mi.id = $1', [itemId]);
    expect({ action: record.action, awaitingAuthorEdit: record.facts.awaitingAuthorEdit }).toEqual({ action: 'request_edit', awaitingAuthorEdit: true });
    expect(await staffStatus(await reviewOfItem(itemId))).toBe('held');
    await context.close();
  });

  it('hands an appeal to a different moderator, who overturns the removal', async () => {
    const [decision] = await sql.query<{ id: string; review_id: string }>(
      `SELECT id, review_id FROM decision_records WHERE action = 'remove' ORDER BY created_at LIMIT 1`);
    const appeal = await request(t.server).post(`/v1/reviews/${decision.review_id}/appeals`).set('authorization', `Bearer ${w.channel.key}`)
      .send({ decisionId: decision.id, statement: 'I <i>really</i> bought this tent; here is why the review is mine.' });
    expect(appeal.status).toBe(201);
    await page.getByRole('button', { name: 'Appeals' }).click();
    await page.locator('.appeal', { hasText: 'another moderator must handle' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('#api-key').waitFor();
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('candor.console.key'))).toBeNull();
    await signIn(page, baseUrl, await t.key('moderator'));
    await page.getByRole('button', { name: 'Appeals' }).click();
    await page.locator('.appeal blockquote', { hasText: '<i>really</i>' }).waitFor();
    await shot(page, '07-appeal');
    await page.locator('.appeal input[name=note]').first().fill('The purchase is on record.');
    await page.getByRole('button', { name: 'Overturn (restore)' }).click();
    await page.locator('#appeal-last-decision', { hasText: 'Appeal overturned' }).waitFor();
    expect(await publicStatus(decision.review_id)).toBe(200);
  });
});
