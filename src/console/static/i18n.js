// Console i18n: every visible string comes from a catalog, every date and number from Intl in the chosen locale.
// The locale defaults to the browser's (navigator.languages), can be switched in the header, and is remembered.
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_ZH } from './messages-zh.js';

export const CATALOGS = { en: MESSAGES_EN, 'zh-CN': MESSAGES_ZH };
export const LOCALES = Object.keys(CATALOGS);
const STORAGE = 'candor.console.lang';

/** First browser language we have a catalog for; any Chinese variant gets Simplified Chinese (the only one we carry). */
export function pickLocale(languages) {
  for (const lang of languages ?? []) {
    const l = String(lang).toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

function stored() {
  try {
    const v = localStorage.getItem(STORAGE);
    return LOCALES.includes(v) ? v : null;
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

let current = stored() ?? pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
const listeners = new Set();

export const locale = () => current;

/** t('queue.count', { n: 3 }) → the current catalog's template with {n} filled in. A missing key is a bug: it is logged. */
export function t(key, params) {
  const template = CATALOGS[current][key];
  if (template === undefined) {
    console.error(`i18n: no "${key}" in the ${current} catalog`);
    return key;
  }
  return params ? template.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`)) : template;
}

/** t() for a code from the API (reason, action, status, signal…): its label if the catalog has one, else the code itself. */
export function code(kind, value) {
  if (value === null || value === undefined || value === '') return '';
  const template = CATALOGS[current][`${kind}.${value}`];
  return template ?? String(value);
}

export const hasCode = (kind, value) => CATALOGS[current][`${kind}.${value}`] !== undefined;

const dtCache = new Map();
function dtf(options) {
  const k = `${current}|${JSON.stringify(options)}`;
  if (!dtCache.has(k)) dtCache.set(k, new Intl.DateTimeFormat(current, options));
  return dtCache.get(k);
}

export const fmtDateTime = (iso) => (iso ? dtf({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—');
export const fmtDate = (iso) => (iso ? dtf({ dateStyle: 'medium' }).format(new Date(iso)) : '—');
export const fmtTime = (iso) => (iso ? dtf({ timeStyle: 'short' }).format(new Date(iso)) : '—');

/** Numbers with a fixed number of decimals, grouped the locale's way; '—' for anything that is not a number. */
export function fmtNum(n, digits = 0) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '—';
  return new Intl.NumberFormat(current, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

export const fmtPct = (rate, digits = 1) => (typeof rate === 'number'
  ? new Intl.NumberFormat(current, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rate) : '—');

/** A waiting time in its largest whole unit, e.g. "3 h" / "3小时". */
export function fmtAge(seconds) {
  const units = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
  const [unit, size] = units.find(([, s]) => seconds >= s) ?? units[3];
  return new Intl.NumberFormat(current, { style: 'unit', unit, unitDisplay: 'short' }).format(Math.floor(seconds / size));
}

/** Static markup: a data-i18n attribute (a key) sets the text; data-i18n-attr (attr:key pairs split by ";") sets attributes. */
export function applyStatic(root = document) {
  document.documentElement.lang = current;
  document.title = t('app.title');
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(key));
    }
  }
}

export function setLocale(next) {
  if (!LOCALES.includes(next) || next === current) return;
  current = next;
  try {
    localStorage.setItem(STORAGE, next);
  } catch {
    // not remembered, still switched
  }
  applyStatic();
  for (const fn of listeners) fn(next);
}

export const onLocaleChange = (fn) => listeners.add(fn);
