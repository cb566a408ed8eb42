export interface Clause {
  /** Offsets into the original text (UTF-16 units, like String.prototype.slice). */
  start: number;
  end: number;
}

/**
 * One pass over the text, cutting where the two regexes that define clauses would:
 *   CLAUSE_END = /[。！？!?；;，,、\n]|\.(?:\s|$)/gu  → cut after each match (". " is cut after the space);
 *   CONTRAST   = /但是|不过|可是|但|却|\b(?:but|however|although|though)\b/giu → cut at each match.
 * Contrast matches cannot overlap (no term starts inside another at a word boundary), so a cut at every
 * position where a term matches is what matchAll finds. aspect-sentiment.spec.ts checks this against the regexes.
 */
export function splitClauses(text: string): Clause[] {
  const n = text.length;
  const clauses: Clause[] = [];
  let from = 0;
  const cut = (at: number): void => {
    if (at <= from) return;
    let start = from;
    let end = at;
    from = at;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
    if (end > start) clauses.push({ start, end });
  };
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    if (contrastAt(text, i, unit)) cut(i);
    if (isClauseEnd(unit)) cut(i + 1);
    else if (unit === 0x2e && (i + 1 === n || isSpace(text.charCodeAt(i + 1)))) cut(Math.min(n, i + 2));
  }
  cut(n);
  return clauses;
}

// 。！？!?；;，,、\n
function isClauseEnd(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f || unit === 0x21 || unit === 0x3f || unit === 0xff1b || unit === 0x3b || unit === 0xff0c || unit === 0x2c || unit === 0x3001 || unit === 0x0a;
}

/** `\s` (ECMAScript WhiteSpace + LineTerminator). */
function isSpace(unit: number): boolean {
  if (unit < 0x80) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

/** `[\s。！？!?；;，,、.]`: trimmed from a clause's end. */
function isTrailing(unit: number): boolean {
  return isSpace(unit) || isClauseEnd(unit) || unit === 0x2e;
}

/** `\w` under /iu: ASCII word characters plus ſ and K (Kelvin), which case-fold into it. */
function isWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39) || unit === 0x5f || unit === 0x17f || unit === 0x212a;
}

const EN_CONTRAST = ['but', 'however', 'although', 'though'];

function contrastAt(text: string, i: number, unit: number): boolean {
  if (unit === 0x4f46 || unit === 0x5374) return true; // 但(是), 却
  // Compared, not looked up: a lookup in an object keyed by code unit cost a dictionary probe per character.
  if (unit === 0x4e0d) return text.charCodeAt(i + 1) === 0x8fc7; // 不过
  if (unit === 0x53ef) return text.charCodeAt(i + 1) === 0x662f; // 可是
  const lower = unit | 0x20;
  if (lower !== 0x62 && lower !== 0x68 && lower !== 0x61 && lower !== 0x74) return false; // b h a t
  if (unit > 0x7a || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) return false;
  for (const word of EN_CONTRAST) {
    if (matchesWordAt(text, i, word)) return true;
  }
  return false;
}

/** ASCII-case-insensitive `word` at `i` followed by a word boundary (no letter of these words has a non-ASCII case fold). */
function matchesWordAt(text: string, i: number, word: string): boolean {
  if (i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const unit = text.charCodeAt(i + k);
    if (unit > 0x7a || (unit | 0x20) !== word.charCodeAt(k)) return false;
  }
  return i + word.length === text.length || !isWordUnit(text.charCodeAt(i + word.length));
}
