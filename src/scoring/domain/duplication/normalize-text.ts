/**
 * Canonical text form used for hashing and shingling, so trivial edits
 * (full-width characters, case, punctuation, spacing, 繁體 vs 简体) do not
 * defeat duplicate detection.
 *
 * Hand-written scanners over memoised character classes: this runs on every
 * item (title + body, and the body again for its hash), and the regex chain it
 * replaces made four passes over the text. The regexes each step is defined by
 * are quoted below; duplication.spec.ts checks the scanners against them.
 */
import { charClass, codePointAt, HAN, LETTER_OR_NUMBER, SEPARATOR } from '../text/char-classes.js';
import { normalizeText as nfkcLowerCase } from '../text/normalize-text.js';
import { simplificationMayChange, simplifyHanText } from '../text/simplified-chinese.js';

/** NFKC + lower-case + traditional→simplified; punctuation kept (sentence boundaries, URLs). */
export function foldText(text: string): string {
  return simplifyHanText(nfkcLowerCase(text));
}

/** `foldText`, then punctuation/symbols and spacing folded away. */
export function normalizeText(text: string): string {
  return foldedToNormalized(foldText(text));
}

/**
 * `normalizeText(folded)` for `folded = foldText(x)` whose `foldedToNormalized`
 * is `normalized`, without folding again where that changes nothing. Folding
 * is idempotent on such text except where opencc converts its own output
 * again (乾清宮 → 乾清宫 → 干清宫) or lower-casing made a letter composable
 * with a following combining mark (H̱ → ẖ → ẖ under NFKC). NFKC + lower-case
 * is otherwise a fixed point per code point (checked exhaustively) and only
 * marks compose with a lower-cased letter, so text without marks and without
 * a character opencc could change comes back as is.
 */
export function normalizeFolded(folded: string, normalized: string): string {
  return simplificationMayChange(folded, true) ? normalizeText(folded) : normalized;
}

/**
 * Same as `folded.replace(/[\p{P}\p{S}\p{C}]+/gu, ' ').replace(/\s+/gu, ' ').trim()
 * .replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '')`: every run of
 * punctuation, symbols, controls and spaces becomes one space, dropped at
 * either end and next to a Han character (spaces carry no meaning in Chinese:
 * "好 评 返 现").
 */
export function foldedToNormalized(folded: string): string {
  let out = '';
  let runStart = -1;
  let pendingSpace = false;
  let previousHan = false;
  for (let i = 0; i < folded.length; i++) {
    const cp = codePointAt(folded, i);
    const flags = charClass(cp);
    if ((flags & SEPARATOR) !== 0) {
      // A lone space between two non-Han characters stays as it is: keep the run going (English text).
      if (cp === 0x20 && runStart >= 0 && !previousHan && i + 1 < folded.length && (charClass(codePointAt(folded, i + 1)) & (SEPARATOR | HAN)) === 0) {
        continue;
      }
      if (runStart >= 0) {
        out += folded.slice(runStart, i);
        runStart = -1;
      }
      pendingSpace = out.length > 0;
    } else {
      const han = (flags & HAN) !== 0;
      if (pendingSpace) {
        if (!previousHan && !han) out += ' ';
        pendingSpace = false;
      }
      if (runStart < 0) runStart = i;
      previousHan = han;
    }
    if (cp > 0xffff) i++;
  }
  return runStart === 0 ? folded : runStart > 0 ? out + folded.slice(runStart) : out;
}

/**
 * Splits normalised text into units: one Han character, or one run of
 * letters/digits (an English word, a number). Shingles and counts are built
 * on units so Chinese and English texts are handled by the same code.
 * Same as `normalized.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? []`.
 */
// One string per BMP Han character, shared by all texts: no allocation per character, and the
// strings' cached hashes make later Map/Set lookups on units cheap.
const HAN_UNITS: string[] = new Array<string>(0x10000).fill('');

function hanUnit(cp: number): string {
  let unit = HAN_UNITS[cp];
  if (unit === '') {
    unit = String.fromCharCode(cp);
    HAN_UNITS[cp] = unit;
  }
  return unit;
}

export function textUnits(normalized: string): string[] {
  const units: string[] = [];
  let wordStart = -1;
  for (let i = 0; i < normalized.length; i++) {
    const cp = codePointAt(normalized, i);
    const flags = charClass(cp);
    const width = cp > 0xffff ? 2 : 1;
    if ((flags & HAN) !== 0 || (flags & LETTER_OR_NUMBER) === 0) {
      if (wordStart >= 0) {
        units.push(normalized.slice(wordStart, i));
        wordStart = -1;
      }
      if ((flags & HAN) !== 0) units.push(width === 1 ? hanUnit(cp) : normalized.slice(i, i + width));
    } else if (wordStart < 0) {
      wordStart = i;
    }
    i += width - 1;
  }
  if (wordStart >= 0) units.push(normalized.slice(wordStart));
  return units;
}
