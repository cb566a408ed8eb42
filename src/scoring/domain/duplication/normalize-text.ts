/**
 * Canonical text form used for hashing and shingling, so trivial edits
 * (full-width characters, case, punctuation, spacing, 繁體 vs 简体) do not
 * defeat duplicate detection.
 */
import { Converter } from 'opencc-js/t2cn';

// Built once: the dictionaries ship inside the package (no I/O).
const toSimplified = Converter({ from: 't', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}\p{C}]+/gu;
const SPACES = /\s+/gu;
// Spaces next to a Han character carry no meaning in Chinese text ("好 评 返 现").
const SPACE_NEXT_TO_HAN = /(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu;

/** NFKC + lower-case + traditional→simplified; punctuation kept (sentence boundaries, URLs). */
export function foldText(text: string): string {
  const out = text.normalize('NFKC').toLowerCase();
  return HAN.test(out) ? toSimplified(out) : out;
}

/** `foldText`, then punctuation/symbols and spacing folded away. */
export function normalizeText(text: string): string {
  return foldedToNormalized(foldText(text));
}

export function foldedToNormalized(folded: string): string {
  return folded.replace(PUNCT_OR_SYMBOL, ' ').replace(SPACES, ' ').trim().replace(SPACE_NEXT_TO_HAN, '');
}

const UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * Splits normalised text into units: one Han character, or one run of
 * letters/digits (an English word, a number). Shingles and counts are built
 * on units so Chinese and English texts are handled by the same code.
 */
export function textUnits(normalized: string): string[] {
  return normalized.match(UNIT) ?? [];
}
