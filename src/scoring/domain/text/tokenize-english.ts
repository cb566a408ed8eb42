import { expandContractions } from './contractions.js';
import { normalizeText } from './normalize-text.js';

export interface EnglishTokenizeOptions {
  /** Expand "don't" → "do not" (default true). Stylometric models keep the raw forms. */
  expandContractions?: boolean;
}

const PUNCTUATION = new Set(['.', '!', '?', ',', ';', ':']);

/**
 * Lower-cased English tokens with punctuation tokens (. ! ? , ; :) kept: they
 * end negation scope and carry style.
 */
export function tokenizeEnglish(text: string, options: EnglishTokenizeOptions = {}): string[] {
  const raw = tokenizeEnglishRaw(text);
  return options.expandContractions === false ? raw : expandContractions(raw);
}

/** Scanner without contraction expansion. Hand-written rather than regex-based: it runs on every review. */
export function tokenizeEnglishRaw(text: string): string[] {
  const lower = normalizeText(text);
  const tokens: string[] = [];
  let start = -1;
  let hasApostrophe = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c === 0x27 || c === 0x2019) hasApostrophe = true;
      continue;
    }
    if (start >= 0) {
      const word = lower.slice(start, i);
      pushWord(hasApostrophe ? cleanApostrophes(word) : word, tokens);
      start = -1;
      hasApostrophe = false;
    }
    const punctuation = punctuationToken(c);
    if (punctuation !== undefined) tokens.push(punctuation);
  }
  return tokens;
}

export function isPunctuationToken(token: string): boolean {
  return PUNCTUATION.has(token);
}

function pushWord(word: string, tokens: string[]): void {
  if (word.length > 0) tokens.push(word);
}

function punctuationToken(c: number): string | undefined {
  switch (c) {
    case 0x2e:
      return '.';
    case 0x21:
      return '!';
    case 0x3f:
      return '?';
    case 0x2c:
      return ',';
    case 0x3b:
      return ';';
    case 0x3a:
      return ':';
    default:
      return undefined;
  }
}

function isWordChar(c: number): boolean {
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0x30 && c <= 0x39) return true;
  if (c === 0x27) return true;
  if (c < 0xc0) return false;
  // Non-ASCII letters (accents, other scripts) and ’; not general or CJK punctuation.
  return c === 0x2019 || !((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65));
}

function cleanApostrophes(word: string): string {
  const straight = word.replace(/\u2019/g, "'");
  let s = 0;
  let e = straight.length;
  while (s < e && straight.charCodeAt(s) === 0x27) s++;
  while (e > s && straight.charCodeAt(e - 1) === 0x27) e--;
  return straight.slice(s, e);
}
