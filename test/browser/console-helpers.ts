import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { reviewBody, type World } from '../utils/fixtures.js';
import type { Sql } from '../utils/e2e.js';
import type { TestApp } from '../utils/test-app.js';
import { waitFor } from '../utils/test-worker.js';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
export const ARTIFACTS = 'test-artifacts/console';

/** Debian's chromium, never a downloaded browser; flags keep it offline and quiet. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The test app on a real port, so the browser talks to the same Fastify instance supertest uses. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
}

/** Posts `copies` copy-paste reviews of one text; the scorer holds the copies. Returns the held review ids. */
export async function seedCopies(t: TestApp, w: World, sql: Sql, opts: { productId: string; body: string; copies: number; title?: string }): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < opts.copies; i++) {
    const res = await request(t.server).post('/v1/reviews').set('authorization', `Bearer ${w.channel.key}`)
      .send(reviewBody({ productId: opts.productId, rating: 5, body: opts.body, title: opts.title ?? null }));
    if (res.status !== 202) throw new Error(`intake ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.id);
    await waitFor(async () => {
      const [row] = await sql.query<{ status: string }>('SELECT status FROM reviews WHERE id = $1', [res.body.id]);
      return ['published', 'held', 'withheld'].includes(row?.status) ? row.status : undefined;
    }, 'verdict');
  }
  const held = await sql.query<{ review_id: string }>(
    `SELECT review_id FROM moderation_items WHERE state = 'open' AND review_id = ANY($1::uuid[])`, [ids]);
  return held.map((r) => r.review_id);
}


export const rowIds = (page: Page): Promise<string[]> =>
  page.$$eval('#queue-body tr[data-id]', (rows) => rows.map((r) => r.getAttribute('data-id') as string));

export async function waitForRows(page: Page, count: number): Promise<void> {
  // Functions, not strings: string predicates need 'unsafe-eval', which the console's CSP refuses. `globalThis as any`
  // because the project compiles without the DOM lib.
  await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('#queue-body tr[data-id]').length === n, count);
}

/** The open item's id once its detail (title + signals) has rendered. */
export async function openedItemId(page: Page): Promise<string> {
  await page.locator('#detail-title').waitFor();
  return page.$eval('#queue-body tr.current', (r) => r.getAttribute('data-id') as string);
}

export async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.locator('#api-key').fill(key);
  await page.keyboard.press('Enter');
}

export const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });
