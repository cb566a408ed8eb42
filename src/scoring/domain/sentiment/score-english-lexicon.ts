import { LIKE_AS_PREPOSITION_AFTER, SENTIMENT_PHRASES, WORD_INFO, type WordInfo } from './english-lexicon.js';

export interface LexiconScore {
  /** Weighted sum of word valences (AFINN scale, −5..5 per word). */
  total: number;
  positive: number;
  negative: number;
  hits: number;
  /** total squashed into −1..1 (VADER's x / sqrt(x² + 15)). */
  normalized: number;
}

/** Negation reaches this many tokens ahead, and stops at punctuation. */
export const NEGATION_WINDOW = 3;
/** "not good" is clearly negative; "not bad" is only mildly positive. */
const NEGATED_POSITIVE = -0.8;
const NEGATED_NEGATIVE = -0.4;
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;

/** Sums per sentence, so a "but" discounts only its own sentence's earlier clause. */
class Accumulator {
  public positive = 0;
  public negative = 0;
  public hits = 0;
  private beforePos = 0;
  private beforeNeg = 0;
  private currentPos = 0;
  private currentNeg = 0;
  private afterContrast = false;

  public add(value: number): void {
    this.hits++;
    if (value > 0) this.currentPos += value;
    else this.currentNeg -= value;
  }

  public contrast(): void {
    this.beforePos = (this.beforePos + this.currentPos) * CONTRAST_BEFORE;
    this.beforeNeg = (this.beforeNeg + this.currentNeg) * CONTRAST_BEFORE;
    this.currentPos = 0;
    this.currentNeg = 0;
    this.afterContrast = true;
  }

  public endSentence(): void {
    const weight = this.afterContrast ? CONTRAST_AFTER : 1;
    this.positive += this.beforePos + this.currentPos * weight;
    this.negative += this.beforeNeg + this.currentNeg * weight;
    this.beforePos = this.beforeNeg = this.currentPos = this.currentNeg = 0;
    this.afterContrast = false;
  }
}

/** AFINN valences with windowed negation, intensifiers and "but"-clause weighting. Tokens come from tokenizeEnglish. */
export function scoreEnglishLexicon(tokens: readonly string[]): LexiconScore {
  const acc = new Accumulator();
  let negationLeft = 0;
  let multiplier = 1;
  for (let i = 0; i < tokens.length; i++) {
    const info = WORD_INFO.get(tokens[i]);
    if (info === undefined) {
      if (negationLeft > 0) negationLeft--;
      continue;
    }
    const phrase = info.phraseStart ? matchPhrase(tokens, i) : undefined;
    if (phrase || info.punctuation > 0) {
      if (phrase && phrase.value !== 0) acc.add(phrase.value * multiplier);
      else if (info.punctuation === 2) acc.endSentence();
      i += phrase ? phrase.length - 1 : 0;
      negationLeft = 0;
      multiplier = 1;
    } else if (info.negator) negationLeft = NEGATION_WINDOW;
    else if (info.contrast) {
      acc.contrast();
      negationLeft = 0;
    } else if (info.intensity > 0) multiplier *= info.intensity;
    else {
      const value = wordValue(info, tokens, i);
      if (value !== 0) acc.add(applyNegation(value, negationLeft > 0) * multiplier);
      multiplier = value !== 0 ? 1 : multiplier;
      if (negationLeft > 0) negationLeft--;
    }
  }
  acc.endSentence();
  const total = acc.positive - acc.negative;
  return { total, positive: acc.positive, negative: acc.negative, hits: acc.hits, normalized: total / Math.sqrt(total * total + 15) };
}

function applyNegation(value: number, negated: boolean): number {
  if (!negated) return value;
  return value > 0 ? value * NEGATED_POSITIVE : value * NEGATED_NEGATIVE;
}

function wordValue(info: WordInfo, tokens: readonly string[], i: number): number {
  if (tokens[i] === 'like' && i > 0 && LIKE_AS_PREPOSITION_AFTER.has(tokens[i - 1])) return 0;
  return info.valence;
}

function matchPhrase(tokens: readonly string[], i: number): { value: number; length: number } | undefined {
  if (i + 1 >= tokens.length) return undefined;
  const two = tokens[i] + ' ' + tokens[i + 1];
  if (i + 2 < tokens.length) {
    const three = SENTIMENT_PHRASES.get(two + ' ' + tokens[i + 2]);
    if (three !== undefined) return { value: three, length: 3 };
  }
  const value = SENTIMENT_PHRASES.get(two);
  return value === undefined ? undefined : { value, length: 2 };
}
