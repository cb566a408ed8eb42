/**
 * Policy violations found in the text itself: the ONLY grounds for an
 * automatic withhold. Product-quality words ("垃圾", "terrible") are not
 * abuse; the abuse lexicon targets threats and insults aimed at people.
 */
import type { Lexicons, PolicyViolationKind } from '../rules/rule-set.types.js';
import { findContactDetails, type ContactDetailKind } from '../contact/find-contact-details.js';
import { matchedPhrases } from '../signals/phrase-match.js';

export interface PolicyViolation {
  kind: PolicyViolationKind;
  /** Masked evidence, safe to show in the moderation console. */
  evidence: string;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s，。]+|(?<![@\w.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|shop|store|top|xyz|cc|io|me|vip|link)\b(?:\/[^\s，。]*)?/giu;
// Cheap test every URL match needs ("://", "www." or a dot before a letter), so most texts skip the scan.
const MAY_HOLD_URL = /:\/\/|www\.|\.[a-z]/iu;

/** Plain phones, e-mails and ID numbers are the author's or someone's personal data; spelled-out ones are a way round this filter. */
const CONTACT_FINDING: Record<ContactDetailKind, { kind: PolicyViolationKind; label: string }> = {
  phone: { kind: 'personal_data', label: 'phone' },
  email: { kind: 'personal_data', label: 'email' },
  id_number: { kind: 'personal_data', label: 'ID number' },
  spelled_number: { kind: 'contact_solicitation', label: 'number spelled out' },
  obfuscated_email: { kind: 'contact_solicitation', label: 'email spelled out' },
};

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
  for (const url of MAY_HOLD_URL.test(folded) ? (folded.match(URL) ?? []) : []) {
    if (!isAllowed(url, allowedDomains)) found.push({ kind: 'spam_link', evidence: hostOf(url) });
  }
  for (const phrase of matchedPhrases(normalized, lexicons.spam)) found.push({ kind: 'contact_solicitation', evidence: phrase });
  for (const detail of findContactDetails(folded)) {
    const { kind, label } = CONTACT_FINDING[detail.kind];
    found.push({ kind, evidence: `${label} ${mask(detail.text)}` });
  }
  for (const phrase of matchedPhrases(normalized, lexicons.abuse)) found.push({ kind: 'abuse', evidence: phrase });
  return found;
}
