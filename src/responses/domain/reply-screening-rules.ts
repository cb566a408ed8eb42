/**
 * Reply-screening rules as data (moderation-rules/lexicons/reply-screening.<lang>.yaml), validated and
 * compiled once (pure). Phrases become one whole-word alternation per rule; patterns are regular expressions.
 * A file's `categories` name word lists (insult nouns, reward words…) that its patterns use as `{name}`, so
 * "you are a <insult>" is one pattern over a list a reviewer can extend, not one pattern per insult.
 */
import { Issues, readEnum, readObject, readString, readStringList, rejectUnknownKeys } from '../../scoring/domain/rules/rule-issues.js';

export const SCREENING_CODES = ['abuse', 'review_manipulation', 'off_platform_contact', 'personal_data', 'threat', 'promotion'] as const;
export type ScreeningCode = (typeof SCREENING_CODES)[number];

/**
 * A sentence that talks about the matched thing without doing it: "we never ask you to change your review",
 * "thank you for updating your review". A match whose sentence has a `patterns` cue is dropped, unless the same
 * sentence also has an `unless` cue ("…but if you delete it…", a reward next to the thanks).
 */
export interface ReplyScreeningException {
  what: string;
  pattern: RegExp;
  unless: RegExp | null;
}

export interface ReplyScreeningRule {
  code: ScreeningCode;
  what: string;
  /** Every phrase and pattern of the rule, in one expression. */
  pattern: RegExp;
  /** The same with flag g, read only when the first match is excused (an exception, a compound word). */
  everyMatch: RegExp;
  /** Masked evidence (personal data) instead of the matched text. */
  mask: boolean;
  exceptions: ReplyScreeningException[];
}

export interface ReplyScreeningRules {
  rules: ReplyScreeningRule[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDY = /[a-z0-9]/i;
const CATEGORY_REF = /\{([a-z_]+)\}/g;

/** A phrase as the text it matches after folding: any run of spaces between its words. */
const literal = (phrase: string): string => phrase.normalize('NFKC').toLowerCase().trim().split(/\s+/).map(escape).join('\\s+');

/**
 * "idiot" must not match inside "idiotproof"; Chinese has no word spaces, so Han phrases match anywhere and a
 * Latin phrase needs a boundary only against Latin letters and digits ("加我v信", "我是sb" are words).
 */
function phrasePattern(phrase: string): string {
  const p = literal(phrase);
  const before = WORDY.test(phrase.at(0) ?? '') ? '(?<![\\p{Script=Latin}0-9])' : '';
  const after = WORDY.test(phrase.at(-1) ?? '') ? '(?![\\p{Script=Latin}0-9])' : '';
  return `${before}${p}${after}`;
}

type Categories = Map<string, string>;

function parseCategories(issues: Issues, raw: unknown, path: string): Categories {
  const categories: Categories = new Map();
  if (raw === undefined) return categories;
  for (const [name, words] of Object.entries(readObject(issues, raw, path))) {
    if (!/^[a-z_]+$/.test(name)) issues.add(`${path}.${name}`, 'category names are lower-case words');
    const list = readStringList(issues, words, `${path}.${name}`);
    if (list.length === 0) issues.add(`${path}.${name}`, 'needs at least one word');
    // Longest first, so "waste of space" wins over "waste"; bare alternatives, the pattern places the boundaries.
    categories.set(name, `(?:${[...list].sort((a, b) => b.length - a.length).map(literal).join('|')})`);
  }
  return categories;
}

function expandCategories(issues: Issues, pattern: string, categories: Categories, path: string): string {
  return pattern.replace(CATEGORY_REF, (whole, name: string) => {
    const words = categories.get(name);
    if (words === undefined) issues.add(path, `unknown category {${name}}`);
    return words ?? whole;
  });
}

function compile(issues: Issues, sources: string[], path: string): RegExp | null {
  try {
    return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'iu');
  } catch (error) {
    // Find the offending entry so the message names it.
    for (const [i, s] of sources.entries()) {
      try {
        new RegExp(s, 'iu');
      } catch {
        issues.add(`${path}[${i}]`, `invalid regular expression: ${(error as Error).message}`);
      }
    }
    return null;
  }
}

const readPatterns = (issues: Issues, raw: unknown, path: string, categories: Categories): string[] =>
  (raw === undefined ? [] : readStringList(issues, raw, path)).map((p, i) => expandCategories(issues, p, categories, `${path}[${i}]`));

function parseException(issues: Issues, raw: unknown, path: string, categories: Categories): ReplyScreeningException | null {
  const exception = readObject(issues, raw, path);
  rejectUnknownKeys(issues, exception, path, ['what', 'patterns', 'unless']);
  const what = readString(issues, exception.what, `${path}.what`);
  const patterns = readPatterns(issues, exception.patterns, `${path}.patterns`, categories);
  if (patterns.length === 0) issues.add(`${path}.patterns`, 'needs at least one pattern');
  const unless = readPatterns(issues, exception.unless, `${path}.unless`, categories);
  const pattern = compile(issues, patterns, `${path}.patterns`);
  const unlessPattern = unless.length > 0 ? compile(issues, unless, `${path}.unless`) : null;
  return pattern && (unless.length === 0 || unlessPattern) ? { what, pattern, unless: unlessPattern } : null;
}

function parseRule(issues: Issues, raw: unknown, path: string, categories: Categories): ReplyScreeningRule | null {
  const rule = readObject(issues, raw, path);
  rejectUnknownKeys(issues, rule, path, ['code', 'what', 'phrases', 'patterns', 'mask', 'exceptions']);
  const code = readEnum(issues, rule.code, `${path}.code`, SCREENING_CODES);
  const what = readString(issues, rule.what, `${path}.what`);
  const phrases = rule.phrases === undefined ? [] : readStringList(issues, rule.phrases, `${path}.phrases`);
  const patterns = readPatterns(issues, rule.patterns, `${path}.patterns`, categories);
  if (phrases.length + patterns.length === 0) issues.add(path, 'needs phrases or patterns');
  if (rule.mask !== undefined && typeof rule.mask !== 'boolean') issues.add(`${path}.mask`, 'expected true or false');
  const pattern = compile(issues, [...[...phrases].sort((a, b) => b.length - a.length).map(phrasePattern), ...patterns], `${path}.patterns`);
  if (rule.exceptions !== undefined && !Array.isArray(rule.exceptions)) issues.add(`${path}.exceptions`, 'expected a list');
  const exceptions = (Array.isArray(rule.exceptions) ? rule.exceptions : [])
    .map((e, i) => parseException(issues, e, `${path}.exceptions[${i}]`, categories))
    .filter((e): e is ReplyScreeningException => e !== null);
  return pattern ? { code, what, pattern, everyMatch: new RegExp(pattern.source, 'giu'), mask: rule.mask === true, exceptions } : null;
}

/** `files` maps a file's base name ("reply-screening.zh") to its parsed YAML; throws RuleSetError listing every problem. */
export function parseReplyScreeningRules(files: Record<string, unknown>): ReplyScreeningRules {
  const issues = new Issues();
  const rules: ReplyScreeningRule[] = [];
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const path = `lexicons/${name}.yaml`;
    const file = readObject(issues, content, path);
    rejectUnknownKeys(issues, file, path, ['language', 'categories', 'rules']);
    const categories = parseCategories(issues, file.categories, `${path}.categories`);
    if (!Array.isArray(file.rules)) {
      issues.add(`${path}.rules`, 'expected a list of rules');
      continue;
    }
    file.rules.forEach((raw, i) => {
      const rule = parseRule(issues, raw, `${path}.rules[${i}]`, categories);
      if (rule) rules.push(rule);
    });
  }
  for (const code of ['abuse', 'review_manipulation', 'off_platform_contact'] as const) {
    if (!rules.some((r) => r.code === code)) issues.add('lexicons/reply-screening.*.yaml', `no ${code} rule found`);
  }
  issues.throwIfAny();
  return { rules };
}
