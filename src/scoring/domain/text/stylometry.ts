import { combineHash } from './feature-hash.js';

/** Names of the stylometric features, in vector order (shown to moderators as reasons). */
export const STYLOMETRY_FEATURES = [
  'logWordCount', 'meanWordLength', 'sdWordLength', 'typeTokenRatio', 'firstPersonSingular', 'firstPersonPlural',
  'secondPerson', 'digitTokens', 'commaRate', 'periodRate', 'exclamationRate', 'questionRate', 'uppercaseRatio',
  'functionWordRatio', 'meanSentenceLength', 'longWordRatio', 'doubleSpaceRate', 'endsWithTerminal', 'repeatedBigrams',
] as const;

const enum WordClass {
  FirstSingular = 0,
  FirstPlural = 1,
  Second = 2,
  Function = 3,
}

const WORD_CLASSES = new Map<string, WordClass>([
  ...['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"].map((w): [string, WordClass] => [w, WordClass.FirstSingular]),
  ...['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd"].map((w): [string, WordClass] => [w, WordClass.FirstPlural]),
  ...['you', 'your', 'yours', 'yourself', "you're", "you'll", "you've"].map((w): [string, WordClass] => [w, WordClass.Second]),
  ...[
    'the', 'a', 'an', 'of', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'is', 'was', 'are', 'were', 'be',
    'it', 'this', 'that', 'as', 'or', 'but', 'if', 'so', 'than', 'then', 'there', 'which', 'who', 'what', 'not', 'have', 'has', 'had',
  ].map((w): [string, WordClass] => [w, WordClass.Function]),
]);

interface Tally {
  words: number;
  letters: number;
  lettersSquared: number;
  longWords: number;
  digitWords: number;
  classes: [number, number, number, number];
  comma: number;
  period: number;
  exclamation: number;
  question: number;
  distinct: number;
  repeatedBigrams: number;
}

/** Hand-crafted style features of one text: raw text, its raw tokens and their hashes (parallel arrays). */
export function computeStylometry(text: string, tokens: readonly string[], hashes: readonly number[]): number[] {
  const t = tally(tokens, hashes);
  const n = Math.max(t.words, 1);
  const meanLen = t.letters / n;
  const sentences = Math.max(t.period + t.exclamation + t.question, 1);
  return [
    Math.log1p(t.words),
    meanLen,
    Math.sqrt(Math.max(t.lettersSquared / n - meanLen * meanLen, 0)),
    t.distinct / n,
    t.classes[WordClass.FirstSingular] / n,
    t.classes[WordClass.FirstPlural] / n,
    t.classes[WordClass.Second] / n,
    t.digitWords / n,
    t.comma / n,
    t.period / n,
    t.exclamation / n,
    t.question / n,
    uppercaseRatio(text),
    t.classes[WordClass.Function] / n,
    t.words / sentences,
    t.longWords / n,
    countOccurrences(text, '  ') / n,
    endsWithTerminal(text) ? 1 : 0,
    t.words > 2 ? t.repeatedBigrams / (t.words - 1) : 0,
  ];
}

function tally(tokens: readonly string[], hashes: readonly number[]): Tally {
  const t: Tally = { words: 0, letters: 0, lettersSquared: 0, longWords: 0, digitWords: 0, classes: [0, 0, 0, 0], comma: 0, period: 0, exclamation: 0, question: 0, distinct: 0, repeatedBigrams: 0 };
  const seen = new Set<number>();
  const seenBigrams = new Set<number>();
  let previous = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const first = token.charCodeAt(0);
    if (token.length === 1 && countPunctuation(t, first)) continue;
    t.words++;
    t.letters += token.length;
    t.lettersSquared += token.length * token.length;
    if (token.length >= 7) t.longWords++;
    if (first >= 0x30 && first <= 0x39) t.digitWords++;
    const cls = WORD_CLASSES.get(token);
    if (cls !== undefined) t.classes[cls]++;
    if (!seen.has(hashes[i])) seen.add(hashes[i]);
    if (previous >= 0) {
      const bigram = combineHash(previous, hashes[i]);
      if (seenBigrams.has(bigram)) t.repeatedBigrams++;
      else seenBigrams.add(bigram);
    }
    previous = hashes[i];
  }
  t.distinct = seen.size;
  return t;
}

function countPunctuation(t: Tally, c: number): boolean {
  if (c === 0x2c) t.comma++;
  else if (c === 0x2e) t.period++;
  else if (c === 0x21) t.exclamation++;
  else if (c === 0x3f) t.question++;
  else return c === 0x3b || c === 0x3a;
  return true;
}

function uppercaseRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c < 0x61 || c > 0x7a) continue;
    letters++;
  }
  return letters === 0 ? 0 : upper / letters;
}

function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

function endsWithTerminal(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last !== undefined && '.!?")\''.includes(last);
}
