import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { AUDIT_METRICS } from '../reputation/domain/suppression-audit.js';

type Catalog = Record<string, string>;
// The catalogs are browser modules without type declarations: imported by a computed path, typed here.
const catalogFile = (name: string): string => `./static/messages-${name}.js`;
const { MESSAGES_EN } = (await import(catalogFile('en'))) as { MESSAGES_EN: Catalog };
const { MESSAGES_ZH } = (await import(catalogFile('zh'))) as { MESSAGES_ZH: Catalog };

const STATIC = join(process.cwd(), 'src', 'console', 'static');
// The reputation dashboard has its own catalog (dashboard-i18n.js).
const CONSOLE_SOURCES = readdirSync(STATIC).filter((f) => !f.startsWith('dashboard') && !f.startsWith('messages-') && /\.(js|html)$/.test(f));
const CATALOGS: Record<string, Catalog> = { en: MESSAGES_EN, 'zh-CN': MESSAGES_ZH };
const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('console message catalogs', () => {
  it('have the same keys in English and Chinese, with the same placeholders', () => {
    expect(Object.keys(MESSAGES_ZH).sort()).toEqual(Object.keys(MESSAGES_EN).sort());
    const mismatched = Object.keys(MESSAGES_EN).filter((k) => placeholders(MESSAGES_EN[k]).join() !== placeholders(MESSAGES_ZH[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have no empty message, and the Chinese catalog is translated (not English left behind)', () => {
    // Brand, language names, separators and placeholders-only templates read the same in both languages.
    const same = Object.keys(MESSAGES_EN).filter((k) => MESSAGES_EN[k] === MESSAGES_ZH[k] && /[a-z]{3}/.test(MESSAGES_EN[k].replace(/\{\w+\}/g, '')));
    expect(same).toEqual(['app.brand', 'lang.en']);
    for (const [name, catalog] of Object.entries(CATALOGS)) expect({ name, empty: Object.keys(catalog).filter((k) => !catalog[k].trim()) }).toEqual({ name, empty: [] });
  });

  it('hold every key the console asks for by name (t(…) and data-i18n)', () => {
    const used = new Set<string>();
    for (const file of CONSOLE_SOURCES) {
      const text = readFileSync(join(STATIC, file), 'utf8');
      for (const m of text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/\bt\([^()]*?\?\s*'([\w.]+)'\s*:\s*'([\w.]+)'/g)) used.add(m[1]).add(m[2]);
      for (const m of text.matchAll(/data-i18n="([\w.]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/data-i18n-attr="([^"]+)"/g)) for (const pair of m[1].split(';')) used.add(pair.split(':')[1]);
    }
    expect(used.size).toBeGreaterThan(200);
    for (const [name, catalog] of Object.entries(CATALOGS)) expect({ name, missing: [...used].filter((k) => !(k in catalog)) }).toEqual({ name, missing: [] });
  });

  it('label every decision action, reason code, review status and scoring signal', () => {
    const rules = load(readFileSync(join(process.cwd(), 'moderation-rules', 'ruleset.yaml'), 'utf8')) as { signals: Record<string, unknown>; reasonCodes: Record<string, unknown> };
    const needed = [
      ...['approve', 'fold', 'hide', 'remove', 'escalate', 'request_edit'].flatMap((a) => [`action.${a}`, `past.${a}`]),
      ...['approve', 'fold', 'hide', 'remove'].map((a) => `bulk.all.${a}`),
      ...['open', 'claimed', 'decided'].map((s) => `appeals.none.${s}`),
      ...['signal', 'value', 'weight', 'contribution', 'reason'].map((c) => `detail.col.${c}`),
      ...Object.keys(rules.reasonCodes).map((c) => `reason.${c}`),
      ...Object.keys(rules.signals).map((s) => `signal.${s}`),
      ...['received', 'scoring', 'published', 'held', 'withheld', 'folded', 'hidden', 'removed'].map((s) => `status.${s}`),
    ];
    expect(needed.filter((k) => !(k in MESSAGES_EN) || !(k in MESSAGES_ZH))).toEqual([]);
  });

  it('label every aspect of the aspect lexicons (the detail view and the dashboard chart show these names)', () => {
    const aspects = new Set(['en', 'zh'].flatMap((language) => Object.keys(
      (load(readFileSync(join(process.cwd(), 'moderation-rules', 'lexicons', `aspects.${language}.yaml`), 'utf8')) as { aspects: Record<string, unknown> }).aspects)));
    expect(aspects.size).toBeGreaterThan(10);
    expect([...aspects].map((a) => `aspect.${a}`).filter((k) => !(k in MESSAGES_EN) || !(k in MESSAGES_ZH))).toEqual([]);
  });
});

describe('suppression audit metrics', () => {
  it('each has a label in both catalogs (the dashboard alert names the failing checks with them)', () => {
    expect(AUDIT_METRICS.map((m) => `audit.metric.${m}`).filter((k) => !(k in MESSAGES_EN) || !(k in MESSAGES_ZH))).toEqual([]);
  });
});

describe('signal-reasons.json (the preset reason for an item led by each signal)', () => {
  it('maps every signal of the rule set to the reason code the rule set gives it', () => {
    const rules = load(readFileSync(join(process.cwd(), 'moderation-rules', 'ruleset.yaml'), 'utf8')) as { signals: Record<string, { reasonCode?: string }> };
    const map = (JSON.parse(readFileSync(join(STATIC, 'signal-reasons.json'), 'utf8')) as { signals: Record<string, string> }).signals;
    expect(map).toEqual(Object.fromEntries(Object.entries(rules.signals).map(([id, s]) => [id, s.reasonCode])));
  });
});
