/**
 * Policy violations found in the text itself: the ONLY grounds for an
 * automatic withhold. Product-quality words ("垃圾", "terrible") are not
 * abuse; the abuse lexicon targets threats and insults aimed at people.
 */
import type { Lexicons, PolicyViolationKind } from '../rules/rule-set.types.js';
import { matchedPhrases } from '../signals/phrase-match.js';

export interface PolicyViolation {
  kind: PolicyViolationKind;
  /** Masked evidence, safe to show in the moderation console. */
  evidence: string;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s，。]+|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|shop|store|top|xyz|cc|io|me|vip|link)\b(?:\/[^\s，。]*)?/giu;
const CN_MOBILE = /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/gu;
const INTL_PHONE = /(?<![\d+])\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/gu;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/giu;
const CN_ID_CARD = /(?<!\d)\d{17}[\dx](?!\d)/giu;
// Cheap tests every match of the patterns above needs (a URL has "://", "www." or a dot before a
// letter; phones and ID numbers have an ASCII digit), so most texts skip the costly scans.
const MAY_HOLD_URL = /:\/\/|www\.|\.[a-z]/iu;
const ASCII_DIGIT = /[0-9]/;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 checksum: keeps random 18-digit order numbers from looking like ID cards. */
export function isValidChineseIdNumber(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

function mask(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  if (compact.length <= 4) return '****';
  return `${compact.slice(0, 3)}****${compact.slice(-2)}`;
}

function hostOf(url: string): string {
  return url.replace(/^https?:\/\//i, '').split(/[/?#]/)[0].toLowerCase();
}

function isAllowed(url: string, allowedDomains: readonly string[]): boolean {
  const host = hostOf(url);
  return allowedDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** `folded` is NFKC + lower-case (full-width digits become ASCII); `normalized` drops punctuation. */
export function detectPolicyViolations(
  folded: string,
  normalized: string,
  lexicons: Lexicons,
  allowedDomains: readonly string[],
): PolicyViolation[] {
  const found: PolicyViolation[] = [];
  const digits = ASCII_DIGIT.test(folded);
  for (const url of MAY_HOLD_URL.test(folded) ? (folded.match(URL) ?? []) : []) {
    if (!isAllowed(url, allowedDomains)) found.push({ kind: 'spam_link', evidence: hostOf(url) });
  }
  for (const phrase of matchedPhrases(normalized, lexicons.spam)) found.push({ kind: 'contact_solicitation', evidence: phrase });
  for (const phone of digits ? [...(folded.match(CN_MOBILE) ?? []), ...(folded.match(INTL_PHONE) ?? [])] : []) {
    found.push({ kind: 'personal_data', evidence: `phone ${mask(phone)}` });
  }
  for (const email of folded.includes('@') ? (folded.match(EMAIL) ?? []) : []) found.push({ kind: 'personal_data', evidence: `email ${mask(email)}` });
  for (const id of digits ? (folded.match(CN_ID_CARD) ?? []) : []) {
    if (isValidChineseIdNumber(id)) found.push({ kind: 'personal_data', evidence: `ID number ${mask(id)}` });
  }
  for (const phrase of matchedPhrases(normalized, lexicons.abuse)) found.push({ kind: 'abuse', evidence: phrase });
  return found;
}
