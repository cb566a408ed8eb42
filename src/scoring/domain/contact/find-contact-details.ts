/**
 * Contact details and personal data in text (pure): the one matcher behind review policy violations
 * (routing/policy-violations.ts) and merchant-reply screening (responses/domain/screen-reply.ts), so a
 * phone, e-mail or ID format learnt on one side is caught on the other.
 *
 * Input is `foldText` output (NFKC + lower-case + 繁→简): full-width digits are ASCII by then.
 * Kinds:
 * - `phone`, `email`, `id_number`: written plainly; personal data wherever they appear.
 * - `spelled_number`: seven or more digits written as words ("five five five…"), Chinese numerals
 *   (一三八…) or single digits spaced apart ("0 7 7 0…"): nobody writes an order number that way, only
 *   someone dodging a phone filter.
 * - `obfuscated_email`: "anna at gmail dot com", "kefu 艾特 163 点 com", "j o h n @ g m a i l . c o m".
 */
export type ContactDetailKind = 'phone' | 'email' | 'id_number' | 'spelled_number' | 'obfuscated_email';

export interface ContactDetail {
  kind: ContactDetailKind;
  /** The matched text, for the caller to mask. */
  text: string;
}

const CN_MOBILE = /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/gu;
const INTL_PHONE = /(?<![\d+])\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/gu;
/** North American 3-3-4 with separators; bare 10-digit runs are order numbers more often than phones. */
const NANP_PHONE = /(?<![\w])\(?\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}(?!\d)/gu;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gu;
const CN_ID_CARD = /(?<!\d)\d{17}[\dx](?!\d)/gu;
/** An 18-digit run right after the word for ID card is an ID number even with a wrong check digit. */
const NAMED_ID_CARD = /(?:身份证|id (?:card|number|no\.?))\s*(?:号码?)?\s*[:：]?\s*(\d{17}[\dx])(?!\d)/u;
const US_SSN = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/gu;

const DIGIT_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)';
const SPELLED_EN = new RegExp(`\\b(?:${DIGIT_WORD}[\\s,.-]+){6,}${DIGIT_WORD}\\b`, 'gu');
const SPELLED_ZH = /(?:[零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖][\s,，、-]*){7,}/gu;
const SPACED_DIGITS = /(?<!\d)\d(?:[ .-]\d){6,}(?!\d)/gu;

const AT = '(?:[\\[(]\\s*(?:at|@)\\s*[\\])]|\\bat\\b|@|艾特|圈a)';
const DOT = '(?:[\\[(]\\s*dot\\s*[\\])]|\\bdot\\b|点|\\.)';
const TLD = '(?:com|net|org|cn|io)\\b';
const OBFUSCATED_EMAILS = [
  // "anna at gmail dot com", "support [at] shop [dot] com", "kefu 艾特 163 点 com": a spelled-out "at" or "dot".
  new RegExp(`[\\w.+-]+\\s*(?:[\\[(]\\s*(?:at|@)\\s*[\\])]|\\s+at\\s+|艾特|圈a)\\s*[\\w-]+\\s*${DOT}\\s*${TLD}`, 'gu'),
  new RegExp(`[\\w.+-]+\\s*${AT}\\s*[\\w-]+\\s*(?:[\\[(]\\s*dot\\s*[\\])]|\\s+dot\\s+|点)\\s*${TLD}`, 'gu'),
  // "anna at gmail", "someone @ gmail.com": a webmail host after a spaced "at".
  /[\w.+-]+\s+(?:at|@)\s+(?:gmail|hotmail|outlook|yahoo|qq|163|126|icloud|protonmail|proton)\b/gu,
  /[\w.+-]+\s+@\s*[\w-]+\s*\.\s*(?:com|net|org|cn|io)\b/gu,
  // "j o h n . s e l l e r @ g m a i l . c o m": letters spaced out one by one.
  /(?<![\w])(?:[a-z0-9._-]\s){2,}[a-z0-9._-]?\s*@\s*(?:[a-z0-9-]\s?){2,}\.\s?(?:c\s?o\s?m|n\s?e\s?t|o\s?r\s?g|c\s?n|i\s?o)\b/gu,
  /\b(?:gmail|hotmail|outlook|yahoo|qq|163|126|icloud|proton(?:mail)?)\s*(?:[[(]\s*dot\s*[\])]|\s+dot\s+|点)\s*(?:com|cn|net)\b/gu,
];

// Cheap tests each kind needs, so most texts skip the scans (the review scorer runs this on every item).
const ASCII_DIGIT = /[0-9]/;
// Two digit words in a row ("five five"): ordinary prose has "one" and "two" often, side by side almost never.
const MAY_SPELL_EN = new RegExp(`\\b${DIGIT_WORD}[\\s,.-]+${DIGIT_WORD}\\b`, 'u');
const MAY_SPELL_ZH = /[零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖][\s,，、-]*[零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖]/u;
// Every obfuscated address has an "@" (spaced-out ones), ends in a top-level domain or names a webmail host. Substring tests first: a regex
// alternation run on every text cost more than all the other scans together.
const WEBMAIL_HOSTS = ['gmail', 'hotmail', 'outlook', 'yahoo', 'icloud', 'proton', 'qq', '163', '126'];
const TOP_LEVEL_DOMAINS = ['com', 'net', 'org', 'cn', 'io'];
const TOP_LEVEL_DOMAIN = /\b(?:com|net|org|cn|io)\b/u;
const mayObfuscateEmail = (folded: string): boolean => folded.includes('@') ||
  WEBMAIL_HOSTS.some((host) => folded.includes(host)) || (TOP_LEVEL_DOMAINS.some((tld) => folded.includes(tld)) && TOP_LEVEL_DOMAIN.test(folded));

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 checksum: keeps random 18-digit order numbers from looking like ID cards. */
export function isValidChineseIdNumber(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === id[17].toUpperCase();
}

function push(found: ContactDetail[], kind: ContactDetailKind, matches: Iterable<string>): void {
  for (const text of matches) found.push({ kind, text: text.trim() });
}

/** Every contact detail in `folded`, plain kinds first, in pattern order; overlapping kinds are all reported. */
export function findContactDetails(folded: string): ContactDetail[] {
  const found: ContactDetail[] = [];
  const digits = ASCII_DIGIT.test(folded);
  if (digits) {
    const phones = [...(folded.match(CN_MOBILE) ?? []), ...(folded.match(INTL_PHONE) ?? [])];
    // A number already read as a Chinese mobile or an international number is not read again as 3-3-4.
    push(found, 'phone', [...phones, ...(folded.match(NANP_PHONE) ?? []).filter((n) => !phones.some((p) => p.includes(n.trim())))]);
  }
  if (folded.includes('@')) push(found, 'email', folded.match(EMAIL) ?? []);
  if (digits) {
    const named = NAMED_ID_CARD.exec(folded)?.[1];
    push(found, 'id_number', (folded.match(CN_ID_CARD) ?? []).filter((id) => id === named || isValidChineseIdNumber(id)));
    push(found, 'id_number', folded.match(US_SSN) ?? []);
    push(found, 'spelled_number', folded.match(SPACED_DIGITS) ?? []);
  }
  if (MAY_SPELL_EN.test(folded)) push(found, 'spelled_number', folded.match(SPELLED_EN) ?? []);
  if (MAY_SPELL_ZH.test(folded)) push(found, 'spelled_number', folded.match(SPELLED_ZH) ?? []);
  if (mayObfuscateEmail(folded)) {
    // The patterns overlap ("anna at gmail dot com" also holds "anna at gmail"): one finding per address.
    const taken = found.filter((d) => d.kind === 'email').map((d) => d.text);
    for (const pattern of OBFUSCATED_EMAILS) {
      for (const text of (folded.match(pattern) ?? []).map((m) => m.trim())) {
        if (taken.some((t) => t.includes(text) || text.includes(t))) continue;
        taken.push(text);
        found.push({ kind: 'obfuscated_email', text });
      }
    }
  }
  return found;
}
