/** Text-style family: filler (凑字数), first person, specificity, shouting. */
import { countDistinctTrigrams } from '../duplication/unit-trigrams.js';
import { countPhrases } from './phrase-match.js';
import { param, round, type RawSignal, type SignalInput } from './signal.types.js';

/**
 * Share of 3-unit sequences that repeat an earlier one. Natural text stays
 * near 0; "好评好评好评好评" or "very good very good very good" approach 1.
 */
export function fillerRepetitionSignal(input: SignalInput): RawSignal | null {
  const { units } = input.text;
  const minUnits = param(input, 'filler_repetition', 'minUnits', 10);
  if (units.length < minUnits) return null;
  const total = Math.max(0, units.length - 2);
  const repeated = total === 0 ? 0 : 1 - countDistinctTrigrams(units) / total;
  return {
    id: 'filler_repetition',
    value: round(repeated, 3),
    reason: `${round(repeated * 100, 0)}% of 3-unit sequences repeat (padding / 凑字数 when high)`,
  };
}

/** First-person pronouns per unit (deceptive reviews over-use "I"/"我"; Ott 2011). */
export function firstPersonRatioSignal(input: SignalInput): RawSignal | null {
  const { units, normalized } = input.text;
  if (units.length < 5) return null;
  const hits = countPhrases(normalized, input.rules.lexicons.firstPerson);
  const ratio = hits / units.length;
  return {
    id: 'first_person_ratio',
    value: round(ratio, 3),
    reason: `${hits} first-person pronoun(s) in ${units.length} words/characters`,
  };
}

const DIGIT = /^\p{N}$/u;
/** Per BMP code unit: 1 when `\p{N}`, 2 when not, 0 not yet known. */
const digitKind = new Uint8Array(0x10000);

/** `text.match(/\p{N}+/gu)?.length ?? 0` without building the array of matches. */
export function countNumberRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const digit = isNumberChar(cp);
    if (digit && !inRun) runs++;
    inRun = digit;
    i += width - 1;
  }
  return runs;
}

function isNumberChar(cp: number): boolean {
  if (cp >= 0x30 && cp <= 0x39) return true;
  if (cp < 0x80) return false;
  if (cp > 0xffff) return DIGIT.test(String.fromCodePoint(cp));
  let kind = digitKind[cp];
  if (kind === 0) {
    kind = DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    digitKind[cp] = kind;
  }
  return kind === 1;
}

/** Concrete details: numbers, unit/detail words, attached media. Low is vague. */
export function lowSpecificitySignal(input: SignalInput): RawSignal {
  const { normalized } = input.text;
  const numbers = countNumberRuns(normalized);
  const details = countPhrases(normalized, input.rules.lexicons.specificity);
  const media = Math.min(input.item.mediaCount, 3);
  const value = numbers + details + media;
  return {
    id: 'low_specificity',
    value,
    reason: `${value} concrete detail(s): ${numbers} number(s), ${details} detail word(s), ${media} media`,
  };
}

/** `raw.match(/[A-Za-z]/g)`, `/[A-Z]/g` and `/[!！]{2,}/g` counted in one pass, without match arrays. */
export function shoutingCounts(raw: string): { letters: number; upper: number; bangs: number } {
  let letters = 0;
  let upper = 0;
  let bangs = 0;
  let bangRun = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    if (unit === 0x21 || unit === 0xff01) {
      if (++bangRun === 2) bangs++;
      continue;
    }
    bangRun = 0;
    if (unit >= 0x41 && unit <= 0x5a) {
      letters++;
      upper++;
    } else if (unit >= 0x61 && unit <= 0x7a) letters++;
  }
  return { letters, upper, bangs };
}

/** Upper-case share of Latin letters (≥ 12 letters) plus 0.25 per "!!" run, capped at 1. */
export function shoutingSignal(input: SignalInput): RawSignal {
  const { raw } = input.text;
  const { letters, upper, bangs } = shoutingCounts(raw);
  const caps = letters >= 12 ? upper / letters : 0;
  const value = Math.min(1, caps + 0.25 * bangs);
  return {
    id: 'shouting',
    value: round(value, 3),
    reason: `${round(caps * 100, 0)}% capitals, ${bangs} "!!" run(s)`,
  };
}
