/**
 * Screening for merchant replies (pure). A reply that trips any rule is held for a moderator with the
 * findings as reasons; nothing here rejects outright, because a human decides. The rules are data
 * (reply-screening-rules.ts). Evidence in `detail` is masked where it is personal data, so the reasons
 * never copy it.
 */
import { foldText } from '../../scoring/domain/duplication/normalize-text.js';
import type { ReplyScreeningRules, ScreeningCode } from './reply-screening-rules.js';

export type { ScreeningCode } from './reply-screening-rules.js';

export interface ScreeningFinding {
  code: ScreeningCode;
  detail: string;
}

export interface ScreeningResult {
  passed: boolean;
  findings: ScreeningFinding[];
}

// Zero-width characters are a cheap way to split "s\u200bb" or "微\u200b信" past a matcher.
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** "13812345678" → "13*******78": enough for a moderator to see what tripped, not to copy it. */
function maskEvidence(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

export function screenReply(text: string, rules: ReplyScreeningRules): ScreeningResult {
  // NFKC + lower-case + 繁→简: full-width "ＶＸ", "傻Ｘ" and 微信號 match the plain phrases.
  const folded = foldText(text.replace(INVISIBLE, ''));
  const findings: ScreeningFinding[] = [];
  const seen = new Set<string>();
  for (const rule of rules.rules) {
    const match = rule.pattern.exec(folded);
    if (!match) continue;
    const evidence = rule.mask ? maskEvidence(match[0].trim()) : match[0].trim();
    const detail = `${rule.what}: "${evidence}"`;
    if (seen.has(detail)) continue;
    seen.add(detail);
    findings.push({ code: rule.code, detail });
  }
  return { passed: findings.length === 0, findings };
}
