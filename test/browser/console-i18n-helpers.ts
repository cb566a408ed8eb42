import type { Page } from 'playwright-core';

/**
 * Collects what must never happen on a console page: uncaught errors, console errors (a CSP violation is reported as
 * one, and so is a missing catalog key), and failed requests.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return problems;
}

/**
 * Walks every visible text node and every aria-label, title and placeholder of the page: each must be one message of
 * the current locale's catalog (placeholders filled with anything), unless it sits inside an element marked
 * data-content (review text, names, numbers, dates: data, not interface). In Chinese, interface text must not contain
 * an English word either. Returns the offenders; [] when the page is fully translated.
 */
export async function auditText(page: Page, expectedLang: string): Promise<string[]> {
  // Functions, not strings, for page.evaluate: the console's CSP refuses 'unsafe-eval'. The project compiles without the DOM lib.
  return page.evaluate(async (lang) => {
    const g = globalThis as any;
    const doc = g.document;
    const i18n = await import('/console/assets/i18n.js' as string);
    const bad: string[] = [];
    if (i18n.locale() !== lang || doc.documentElement.lang !== lang) bad.push(`locale ${i18n.locale()} / lang ${doc.documentElement.lang}, expected ${lang}`);
    const escape = (s: string): string => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    const englishWord = (text: string): boolean => lang !== 'en' && /[A-Za-z]{3,}/.test(text.replace(/Candor|English|API|cnd_/g, ''));
    // A template with literal words vouches for its filled-in values (names, dates); one made only of placeholders
    // ("{key} {reason}") could match anything, so in Chinese its text must not contain an English word.
    const templates = (Object.values(i18n.CATALOGS[lang]) as string[]).map((tpl) => ({
      pattern: new RegExp(`^${escape(tpl.trim()).replace(/\\\{\w+\\\}|\{\w+\}/g, '[\\s\\S]*?')}$`),
      literal: /[\p{L}]/u.test(tpl.replace(/\{\w+\}/g, '')),
    }));
    const fromCatalog = (text: string): boolean => templates.some((x) => x.pattern.test(text) && (x.literal || !englishWord(text)));
    const isData = (el: any): boolean => Boolean(el?.closest('[data-content]'));
    const visible = (el: any): boolean => Boolean(el) && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && !el.closest('[hidden], head, script, style');
    const where = (el: any): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;

    const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !visible(el) || isData(el)) continue;
      if (!fromCatalog(text)) bad.push(`${where(el)}: ${JSON.stringify(text)}`);
    }
    for (const el of doc.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!visible(el) && !visible(el.parentElement)) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(attr)?.trim();
        if (value && !fromCatalog(value)) bad.push(`${where(el)}[${attr}]: ${JSON.stringify(value)}`);
      }
    }
    return bad;
  }, expectedLang);
}
