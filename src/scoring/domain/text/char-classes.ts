/**
 * The Unicode properties the text pipeline asks about per character, as bit
 * flags memoised per code point: hot loops read a table instead of running a
 * regex. Each flag is defined by the regex it replaces, so results are the
 * same character for character (lone surrogates included: they are \p{Cs}).
 */

/** `[\p{P}\p{S}\p{C}]` or `\s`: folded to one space by normalisation. */
export const SEPARATOR = 1;
/** `\p{Script=Han}`. */
export const HAN = 2;
/** `[\p{L}\p{N}]` (Han characters included). */
export const LETTER_OR_NUMBER = 4;
/** `\p{M}`: combining marks. */
export const MARK = 8;
const KNOWN = 0x80;

const SEPARATOR_RE = /^(?:[\p{P}\p{S}\p{C}]|\s)$/u;
const HAN_RE = /^\p{Script=Han}$/u;
const LETTER_OR_NUMBER_RE = /^[\p{L}\p{N}]$/u;
const MARK_RE = /^\p{M}$/u;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  const flags = (SEPARATOR_RE.test(ch) ? SEPARATOR : 0) | (HAN_RE.test(ch) ? HAN : 0) | (LETTER_OR_NUMBER_RE.test(ch) ? LETTER_OR_NUMBER : 0);
  return flags | (MARK_RE.test(ch) ? MARK : 0);
}

/** Flags of one code point (a lone surrogate code unit is its own code point). */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    let flags = bmp[cp];
    if (flags === 0) {
      flags = classify(String.fromCharCode(cp)) | KNOWN;
      bmp[cp] = flags;
    }
    return flags;
  }
  let flags = astral.get(cp);
  if (flags === undefined) {
    flags = classify(String.fromCodePoint(cp));
    astral.set(cp, flags);
  }
  return flags;
}

/** Code point at `i` when a surrogate pair starts there, else the code unit (UTF-16 width: cp > 0xffff ? 2 : 1). */
export function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return unit;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : unit;
}
