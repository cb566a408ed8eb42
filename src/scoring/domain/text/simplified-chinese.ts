/**
 * Traditional → simplified Chinese (opencc-js, t2cn), with an exact fast path.
 *
 * opencc converts by longest dictionary match at each position and copies
 * unmatched characters through. So a text in which no character starts a
 * dictionary entry that changes something comes back unchanged; that is the
 * common case (most reviews are already simplified), and it costs one table
 * read per character instead of a trie walk plus string rebuilding.
 */
import { Converter, type DictGroup, type DictLike, Locale } from 'opencc-js/t2cn';

import { charClass, codePointAt, HAN, MARK } from './char-classes.js';
import { recentResults } from './recent-results.js';

// opencc-js keeps its dictionaries in memory; the converter is pure string → string. One instance per process.
export const traditionalToSimplified = Converter({ from: 't', to: 'cn' });
/** `traditionalToSimplified`, remembering the last texts: hashing, sentiment and aspects convert the same review. */
export const convertToSimplified: (text: string) => string = recentResults(traditionalToSimplified);

interface ConverterConfig {
  normalizationChain?: readonly DictGroup[];
  conversionChain?: readonly DictGroup[];
}

/**
 * Per BMP code unit: CHANGES_ALONE when it is a one-character entry that changes it, STARTS_LONGER when a longer
 * entry that changes text starts with it; such an entry can match only where the text continues with its second
 * character (`changingPairs`). Most reviews hold characters that start some changing phrase ("流", "有", "想")
 * but never the phrase's second character, so they are not converted at all.
 */
const CHANGES_ALONE = 1;
const STARTS_LONGER = 2;
const startsChange = new Uint8Array(0x10000);
/** First two code points of every changing entry of two or more characters, as `first * PAIR + second`. */
const changingPairs = new Set<number>();
const PAIR = 0x110000;
const astralStartsChange = new Set<number>();
/** Code units below this are neither Han (\p{Script=Han} begins at U+2E80) nor a dictionary start. */
let scanFrom = 0x2e80;

/**
 * `t2s` is the chain `Converter({ from: 't', to: 'cn' })` runs. Without it
 * (a future opencc-js layout) every Han character counts, i.e. always convert.
 */
const chainKnown = ((): boolean => {
  const config = (Locale.configs as Record<string, ConverterConfig> | undefined)?.t2s;
  if (!config?.conversionChain) return false;
  for (const group of [...(config.normalizationChain ?? []), ...config.conversionChain]) {
    for (const dict of group) for (const [source, replacement] of entries(dict)) markStart(source, replacement);
  }
  return true;
})();

function entries(dict: DictLike): Iterable<readonly [string, string]> {
  if (typeof dict !== 'string') return dict;
  return dict.split('|').map((entry) => entry.split(' ') as [string, string]);
}

/**
 * opencc replaces the longest entry matching at each position and copies the rest, so an entry whose replacement
 * is its own source (of any length) never changes text: only entries that change something are recorded.
 */
function markStart(source: string, replacement: string): void {
  const first = source.codePointAt(0);
  if (first === undefined || source === replacement) return;
  scanFrom = Math.min(scanFrom, first);
  if (first >= 0x10000) {
    astralStartsChange.add(first);
    return;
  }
  if (source.length === 1) {
    startsChange[first] |= CHANGES_ALONE;
    return;
  }
  startsChange[first] |= STARTS_LONGER;
  changingPairs.add(first * PAIR + codePointAt(source, 1));
}

/** Whether a changing entry could match at `at` (code point `cp`, `next` the index after it). */
function startsChangingEntry(text: string, cp: number, next: number, flags: number): boolean {
  if (!chainKnown) return (flags & HAN) !== 0;
  if (cp >= 0x10000) return astralStartsChange.has(cp);
  const kind = startsChange[cp];
  if ((kind & CHANGES_ALONE) !== 0) return true;
  return (kind & STARTS_LONGER) !== 0 && next < text.length && changingPairs.has(cp * PAIR + codePointAt(text, next));
}

/**
 * True when opencc could change `text`: it has a Han character and a
 * character that starts a changing entry. With `orMark`, also true when the
 * text has a combining mark (see normalizeFolded).
 */
export function simplificationMayChange(text: string, orMark = false): boolean {
  const from = orMark ? Math.min(0x300, scanFrom) : scanFrom; // combining marks start at U+0300
  let han = false;
  let start = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < from) continue;
    const cp = codePointAt(text, i);
    const next = cp > 0xffff ? i + 2 : i + 1;
    const flags = charClass(cp);
    if (orMark && (flags & MARK) !== 0) return true;
    if (!han) han = (flags & HAN) !== 0;
    if (!start) start = startsChangingEntry(text, cp, next, flags);
    i = next - 1;
    if (han && start) return true;
  }
  return false;
}

/** Exactly `traditionalToSimplified(text)` for text containing Han, and `text` otherwise. */
export function simplifyHanText(text: string): string {
  return simplificationMayChange(text) ? convertToSimplified(text) : text;
}
