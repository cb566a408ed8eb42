/**
 * Lexicon matching on normalised text. Han phrases match as substrings
 * (Chinese has no word boundaries); Latin phrases must sit on word
 * boundaries so "no" does not match inside "know". Whole lexicons are
 * matched in one pass (text/phrase-matcher.ts).
 */
import { phraseMatcher } from '../text/phrase-matcher.js';

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per phrase: true when it must sit on word boundaries (no Han character). */
const needsBoundaries = new Map<string, boolean>();

/** Every start index of `phrase` in `text` (both already normalised). */
export function phraseIndexes(text: string, phrase: string): number[] {
  if (phrase.length === 0) return [];
  let boundaries = needsBoundaries.get(phrase);
  if (boundaries === undefined) {
    boundaries = !HAN.test(phrase);
    if (needsBoundaries.size < 10_000) needsBoundaries.set(phrase, boundaries);
  }
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at < 0) return found;
    from = at + 1;
    if (!boundaries || onWordBoundary(text, at, at + phrase.length)) found.push(at);
  }
}

function onWordBoundary(text: string, start: number, end: number): boolean {
  const before = start === 0 ? '' : text[start - 1];
  const after = end >= text.length ? '' : text[end];
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

export function containsPhrase(text: string, phrase: string): boolean {
  return phraseIndexes(text, phrase).length > 0;
}

/** True when any lexicon phrase occurs in `text`. */
export function containsAnyPhrase(text: string, lexicon: readonly string[]): boolean {
  return phraseMatcher(lexicon).matchesAny(text);
}

/** Lexicon phrases present in `text`, in lexicon order. */
export function matchedPhrases(text: string, lexicon: readonly string[]): string[] {
  // Flags per lexicon index, built on the first hit only: most texts hold no spam or abuse phrase, and an
  // array the size of the lexicon per call was a measurable share of the scorer's allocation.
  const matched: boolean[] = [];
  phraseMatcher(lexicon).scan(text, (index) => {
    if (matched.length === 0) for (let i = 0; i < lexicon.length; i++) matched.push(false);
    matched[index] = true;
  });
  return matched.length === 0 ? [] : lexicon.filter((_, i) => matched[i]);
}

/** Total number of lexicon occurrences (for ratios). */
export function countPhrases(text: string, lexicon: readonly string[]): number {
  return phraseMatcher(lexicon).count(text);
}
