/**
 * All phrases of one lexicon in a trie over UTF-16 code units, so one pass
 * over a text finds every occurrence of every phrase (overlapping ones
 * included) instead of one `indexOf` scan per phrase. Most positions are
 * rejected by a table read (no phrase starts with that character).
 *
 * Matching rules are those of signals/phrase-match.ts: Han phrases match as
 * substrings; other phrases only where the code units on either side are not
 * letters or digits.
 */
import { charClass, LETTER_OR_NUMBER } from './char-classes.js';

interface TrieNode {
  children: Map<number, TrieNode>;
  /** Lexicon indexes of the phrases ending here (a lexicon may list a phrase twice). */
  ends: number[];
}

const HAN_RE = /\p{Script=Han}/u;

export class PhraseMatcher {
  private readonly root: TrieNode = { children: new Map(), ends: [] };
  /**
   * One bit per code unit: some phrase starts with it. Most positions end on this read, and 8 KiB stay in
   * the CPU cache where the 512 KiB `first` table of every lexicon did not (a cache miss per character).
   */
  private readonly startBits = new Uint8Array(0x2000);
  /** The root's children by code unit (undefined: no phrase starts with it), read only where a bit is set. */
  private readonly first: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(0x10000).fill(undefined);
  /** Per lexicon index: the phrase must sit on word boundaries (it has no Han character). */
  private readonly needsBoundaries: boolean[];
  private readonly lengths: number[];

  public constructor(public readonly phrases: readonly string[]) {
    this.needsBoundaries = phrases.map((p) => !HAN_RE.test(p));
    this.lengths = phrases.map((p) => p.length);
    phrases.forEach((phrase, index) => {
      if (phrase.length === 0) return;
      let node = this.root;
      for (let i = 0; i < phrase.length; i++) {
        const unit = phrase.charCodeAt(i);
        let next = node.children.get(unit);
        if (!next) {
          next = { children: new Map(), ends: [] };
          node.children.set(unit, next);
        }
        node = next;
      }
      node.ends.push(index);
    });
    for (const [unit, child] of this.root.children) {
      this.first[unit] = child;
      this.startBits[unit >> 3] |= 1 << (unit & 7);
    }
  }

  /**
   * Calls `visit(index, start)` for every occurrence of lexicon phrase `index`
   * at `start`; boundary rules applied unless `substringsOnly`. Returning true
   * from `visit` stops the scan.
   */
  public scan(text: string, visit: (index: number, start: number) => boolean | void, substringsOnly = false): void {
    const n = text.length;
    const startBits = this.startBits;
    for (let start = 0; start < n; start++) {
      const unit = text.charCodeAt(start);
      if ((startBits[unit >> 3] & (1 << (unit & 7))) === 0) continue;
      let node: TrieNode | undefined = this.first[unit];
      for (let i = start + 1; node !== undefined; i++) {
        const ends = node.ends;
        for (let e = 0; e < ends.length; e++) {
          const index = ends[e];
          if (!substringsOnly && this.needsBoundaries[index] && !onWordBoundary(text, start, start + this.lengths[index])) continue;
          if (visit(index, start) === true) return;
        }
        if (i >= n) break;
        node = node.children.get(text.charCodeAt(i));
      }
    }
  }

  /** Number of occurrences of all phrases. */
  public count(text: string): number {
    let total = 0;
    this.scan(text, () => {
      total++;
    });
    return total;
  }

  /** True when some phrase occurs. */
  public matchesAny(text: string, substringsOnly = false): boolean {
    let found = false;
    this.scan(text, () => (found = true), substringsOnly);
    return found;
  }

  /** Per lexicon index, whether the phrase occurs. */
  public matchedIndexes(text: string): boolean[] {
    const matched = this.phrases.map(() => false);
    this.scan(text, (index) => {
      matched[index] = true;
    });
    return matched;
  }
}

function isWordUnit(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (charClass(text.charCodeAt(i)) & LETTER_OR_NUMBER) !== 0;
}

function onWordBoundary(text: string, start: number, end: number): boolean {
  return !isWordUnit(text, start - 1) && !isWordUnit(text, end);
}

// Lexicons live as long as their rule set; matchers are built on first use.
const matchers = new WeakMap<readonly string[], PhraseMatcher>();

export function phraseMatcher(lexicon: readonly string[]): PhraseMatcher {
  let matcher = matchers.get(lexicon);
  if (!matcher) {
    matcher = new PhraseMatcher(lexicon);
    matchers.set(lexicon, matcher);
  }
  return matcher;
}
