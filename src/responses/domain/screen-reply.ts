/**
 * Screening for merchant replies (pure). A reply that trips any rule is held for a moderator with the
 * findings as reasons; nothing here rejects outright, because a human decides. The rules are data
 * (reply-screening-rules.ts); phones, e-mails, ID numbers and spelled-out contact details come from the
 * matcher review scoring uses too (scoring/domain/contact). Evidence in `detail` is masked where it is
 * personal data, so the reasons never copy it.
 */
import { findContactDetails, type ContactDetailKind } from '../../scoring/domain/contact/find-contact-details.js';
import { foldText } from '../../scoring/domain/duplication/normalize-text.js';
import type { ReplyScreeningRule, ReplyScreeningRules, ScreeningCode } from './reply-screening-rules.js';
import { deobfuscatedView } from './reply-text-views.js';

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
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/g;

/**
 * A plain phone, e-mail or ID number in a reply is personal data (the reviewer's, or the merchant's own
 * handed out); one spelled out in words or spaced digits only makes sense as a way round the contact filter.
 */
const CONTACT_FINDING: Record<ContactDetailKind, { code: ScreeningCode; what: string }> = {
  phone: { code: 'personal_data', what: 'phone number' },
  email: { code: 'personal_data', what: 'email address' },
  id_number: { code: 'personal_data', what: 'ID number' },
  spelled_number: { code: 'off_platform_contact', what: 'number spelled out' },
  obfuscated_email: { code: 'off_platform_contact', what: 'e-mail address spelled out' },
};

/**
 * Insults, gating and threats are words, so they are also read in the de-obfuscated view; handles, links and
 * personal data are not, because that view garbles them ("john.doe@example.com" reads as the link "doeaexample.com").
 */
const WORD_CODES = new Set<ScreeningCode>(['abuse', 'review_manipulation', 'threat']);

/** "13812345678" → "13*******78": enough for a moderator to see what tripped, not to copy it. */
function maskEvidence(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= 4) return '*'.repeat(chars.length);
  return `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 4)}${chars.slice(-2).join('')}`;
}

const SENTENCE_END = /[.!?。！？\n]/u;

/** The sentence around text[start, end): from the previous sentence end to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return text.slice(from, to);
}

const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * "idiot-proof", "fool-proof", "dumb-simple": a word inside a hyphenated compound is part of another word, as
 * "idiot" is inside "idiotproof". The phrase boundaries already refuse letters; this refuses "letter-" before
 * and "-letter" after a match that starts or ends with a letter, for phrases and hand-written patterns alike.
 */
function inCompound(text: string, start: number, end: number): boolean {
  const joined = (letter: string | undefined, hyphen: string | undefined, outer: string | undefined): boolean =>
    letter !== undefined && LATIN_LETTER.test(letter) && hyphen === '-' && outer !== undefined && LATIN_LETTER.test(outer);
  return joined(text[start], text[start - 1], text[start - 2]) || joined(text[end - 1], text[end], text[end + 1]);
}

function excused(rule: ReplyScreeningRule, view: string, match: RegExpExecArray): boolean {
  const start = match.index;
  const end = start + match[0].length;
  if (match[0].length === 0 || inCompound(view, start, end)) return true;
  if (rule.exceptions.length === 0) return false;
  const sentence = sentenceAround(view, start, end);
  return rule.exceptions.some((e) => e.pattern.test(sentence) && !(e.unless?.test(sentence) ?? false));
}

/**
 * The first match of a rule that is not inside a compound and whose sentence none of the rule's exceptions covers.
 * Most rules match nothing in most replies, so one plain exec answers; the global scan runs only past an excused match.
 */
function firstFinding(rule: ReplyScreeningRule, view: string): string | null {
  const first = rule.pattern.exec(view);
  if (first === null) return null;
  if (!excused(rule, view, first)) return first[0];
  for (const match of view.matchAll(rule.everyMatch)) if (!excused(rule, view, match)) return match[0];
  return null;
}

export function screenReply(text: string, rules: ReplyScreeningRules): ScreeningResult {
  // NFKC + lower-case + 繁→简: full-width "ＶＸ", "傻Ｘ" and 微信號 match the plain phrases.
  // Curly apostrophes as typed on phones: "don’t" is "don't" to the patterns.
  const folded = foldText(text.replace(INVISIBLE, '').replace(CURLY_APOSTROPHE, "'"));
  const deobfuscated = deobfuscatedView(folded);
  const views = deobfuscated === folded ? [folded] : [folded, deobfuscated];
  const findings: ScreeningFinding[] = [];
  const seen = new Set<string>();
  const add = (code: ScreeningCode, detail: string): void => {
    if (seen.has(detail)) return;
    seen.add(detail);
    findings.push({ code, detail });
  };
  for (const rule of rules.rules) {
    const match = (WORD_CODES.has(rule.code) ? views : [folded]).map((view) => firstFinding(rule, view)).find((m): m is string => m !== null);
    if (match === undefined) continue;
    add(rule.code, `${rule.what}: "${rule.mask ? maskEvidence(match.trim()) : match.trim()}"`);
  }
  for (const detail of findContactDetails(folded)) {
    const { code, what } = CONTACT_FINDING[detail.kind];
    add(code, `${what}: "${maskEvidence(detail.text)}"`);
  }
  return { passed: findings.length === 0, findings };
}
