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

const NUMBER = /\p{N}+/gu;

/** Concrete details: numbers, unit/detail words, attached media. Low is vague. */
export function lowSpecificitySignal(input: SignalInput): RawSignal {
  const { normalized } = input.text;
  const numbers = normalized.match(NUMBER)?.length ?? 0;
  const details = countPhrases(normalized, input.rules.lexicons.specificity);
  const media = Math.min(input.item.mediaCount, 3);
  const value = numbers + details + media;
  return {
    id: 'low_specificity',
    value,
    reason: `${value} concrete detail(s): ${numbers} number(s), ${details} detail word(s), ${media} media`,
  };
}

const LATIN_LETTER = /[A-Za-z]/g;
const UPPER = /[A-Z]/g;
const BANG_RUN = /[!！]{2,}/g;

/** Upper-case share of Latin letters (≥ 12 letters) plus 0.25 per "!!" run, capped at 1. */
export function shoutingSignal(input: SignalInput): RawSignal {
  const { raw } = input.text;
  const letters = raw.match(LATIN_LETTER)?.length ?? 0;
  const caps = letters >= 12 ? (raw.match(UPPER)?.length ?? 0) / letters : 0;
  const bangs = raw.match(BANG_RUN)?.length ?? 0;
  const value = Math.min(1, caps + 0.25 * bangs);
  return {
    id: 'shouting',
    value: round(value, 3),
    reason: `${round(caps * 100, 0)}% capitals, ${bangs} "!!" run(s)`,
  };
}
