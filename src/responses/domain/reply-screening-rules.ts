/**
 * Reply-screening rules as data (moderation-rules/lexicons/reply-screening.<lang>.yaml), validated and
 * compiled once (pure). Phrases become one whole-word alternation per rule; patterns are regular expressions.
 */
import { Issues, readEnum, readObject, readString, readStringList, rejectUnknownKeys } from '../../scoring/domain/rules/rule-issues.js';

export const SCREENING_CODES = ['abuse', 'review_manipulation', 'off_platform_contact', 'personal_data', 'threat', 'promotion'] as const;
export type ScreeningCode = (typeof SCREENING_CODES)[number];

export interface ReplyScreeningRule {
  code: ScreeningCode;
  what: string;
  /** Every phrase and pattern of the rule, in one expression. */
  pattern: RegExp;
  /** Masked evidence (personal data) instead of the matched text. */
  mask: boolean;
}

export interface ReplyScreeningRules {
  rules: ReplyScreeningRule[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDY = /[a-z0-9]/;

/** "idiot" must not match inside "idiotproof"; Chinese has no word spaces, so Han phrases match anywhere. */
function phrasePattern(phrase: string): string {
  const p = phrase.normalize('NFKC').toLowerCase().trim().split(/\s+/).map(escape).join('\\s+');
  const before = WORDY.test(phrase.at(0) ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORDY.test(phrase.at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return `${before}${p}${after}`;
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

function parseRule(issues: Issues, raw: unknown, path: string): ReplyScreeningRule | null {
  const rule = readObject(issues, raw, path);
  rejectUnknownKeys(issues, rule, path, ['code', 'what', 'phrases', 'patterns', 'mask']);
  const code = readEnum(issues, rule.code, `${path}.code`, SCREENING_CODES);
  const what = readString(issues, rule.what, `${path}.what`);
  const phrases = rule.phrases === undefined ? [] : readStringList(issues, rule.phrases, `${path}.phrases`);
  const patterns = rule.patterns === undefined ? [] : readStringList(issues, rule.patterns, `${path}.patterns`);
  if (phrases.length + patterns.length === 0) issues.add(path, 'needs phrases or patterns');
  if (rule.mask !== undefined && typeof rule.mask !== 'boolean') issues.add(`${path}.mask`, 'expected true or false');
  const pattern = compile(issues, [...[...phrases].sort((a, b) => b.length - a.length).map(phrasePattern), ...patterns], `${path}.patterns`);
  return pattern ? { code, what, pattern, mask: rule.mask === true } : null;
}

/** `files` maps a file's base name ("reply-screening.zh") to its parsed YAML; throws RuleSetError listing every problem. */
export function parseReplyScreeningRules(files: Record<string, unknown>): ReplyScreeningRules {
  const issues = new Issues();
  const rules: ReplyScreeningRule[] = [];
  for (const [name, content] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const path = `lexicons/${name}.yaml`;
    const file = readObject(issues, content, path);
    rejectUnknownKeys(issues, file, path, ['language', 'rules']);
    if (!Array.isArray(file.rules)) {
      issues.add(`${path}.rules`, 'expected a list of rules');
      continue;
    }
    file.rules.forEach((raw, i) => {
      const rule = parseRule(issues, raw, `${path}.rules[${i}]`);
      if (rule) rules.push(rule);
    });
  }
  for (const code of ['abuse', 'review_manipulation', 'off_platform_contact'] as const) {
    if (!rules.some((r) => r.code === code)) issues.add('lexicons/reply-screening.*.yaml', `no ${code} rule found`);
  }
  issues.throwIfAny();
  return { rules };
}
