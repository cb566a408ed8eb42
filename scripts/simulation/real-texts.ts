/**
 * Real review texts for the simulation, from the labelled development data in ../shared/data
 * (never copied into the repo). Chinese: online-shopping reviews, JD.com comment clauses and
 * FewCLUE product reviews; English: Amazon Echo reviews, the UCI Amazon sentences and Hu & Liu's
 * electronics reviews. A text's label mostly agrees with the star rating it is given, with a
 * realistic share of disagreement (shoppers who praise and give 2★, or complain and give 5★).
 *
 * Each text is used once while its pool lasts (two shoppers never post the same long review by
 * chance); a pool that runs out serves two of its texts joined, which is still one shopper's
 * plausible text, and the report counts how often that happened.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseCsv, parseTsv } from '../lib/csv.js';
import type { TextLanguage } from './review-text.js';
import { Rng } from './rng.js';
import type { TextSource } from './text-source.js';

type Polarity = 'pos' | 'neg';
type Pools = Record<'zh' | 'en', Record<Polarity, string[]>>;

const FILES: { file: string; language: 'zh' | 'en' }[] = [
  { file: 'zh_shopping_sentiment_dev.csv', language: 'zh' },
  { file: 'zh_jd_clauses.csv', language: 'zh' },
  { file: 'zh_fewclue_eprstmt.csv', language: 'zh' },
  { file: 'en_amazon_echo_alexa.csv', language: 'en' },
  { file: 'en_sentences_sentiment_dev.tsv', language: 'en' },
  { file: 'en_cr_huliu.csv', language: 'en' },
];

/** Book-length essays are not product reviews a shop receives; the simulation keeps shorter texts. */
const MAX_CHARS = 400;

/** P(text label is positive | stars): mostly agreeing, with the disagreement real shops see. */
export const POSITIVE_TEXT_SHARE: Readonly<Record<number, number>> = { 1: 0.1, 2: 0.2, 3: 0.45, 4: 0.88, 5: 0.93 };

/** ../shared/data relative to the working directory, or CANDOR_DATA_DIR (as `npm run eval` does). */
export function resolveSimDataDir(): string {
  return path.resolve(process.env.CANDOR_DATA_DIR ?? '../shared/data');
}

/** The labelled texts by language and polarity, or null when any file is absent. */
export function loadRealTexts(dir: string): Pools | null {
  if (!FILES.every(({ file }) => existsSync(path.join(dir, file)))) return null;
  const pools: Pools = { zh: { pos: [], neg: [] }, en: { pos: [], neg: [] } };
  const seen = new Set<string>();
  for (const { file, language } of FILES) {
    const content = readFileSync(path.join(dir, file), 'utf8');
    const [header, ...rows] = file.endsWith('.tsv') ? parseTsv(content) : parseCsv(content);
    const text = header.indexOf('text');
    const label = header.indexOf('label');
    for (const row of rows) {
      const body = row[text]?.trim() ?? '';
      if (body.length === 0 || body.length > MAX_CHARS || seen.has(body)) continue;
      seen.add(body);
      pools[language][row[label] === '1' ? 'pos' : 'neg'].push(body);
    }
  }
  return pools;
}

class Pool {
  private next = 0;
  public composed = 0;

  public constructor(private readonly texts: string[]) {}

  public draw(rng: Rng, joiner: string): string {
    if (this.next < this.texts.length) return this.texts[this.next++];
    this.composed++;
    return `${rng.pick(this.texts)}${joiner}${rng.pick(this.texts)}`;
  }

  /** The next unused text of at least `minChars` (a copy ring's base must be long enough to be fingerprinted). */
  public drawLong(rng: Rng, joiner: string, minChars: number): string {
    for (let i = this.next; i < Math.min(this.texts.length, this.next + 500); i++) {
      if (this.texts[i].length >= minChars) {
        [this.texts[i], this.texts[this.next]] = [this.texts[this.next], this.texts[i]];
        return this.texts[this.next++];
      }
    }
    let text = this.draw(rng, joiner);
    while (text.length < minChars) text += `${joiner}${rng.pick(this.texts)}`;
    return text;
  }

  public get used(): number {
    return this.next;
  }
}

/** Draws from the pools in a seeded shuffled order: a run replays exactly. */
export function realTextSource(pools: Pools, seed: number): TextSource {
  const shuffler = new Rng(seed);
  const make = (texts: string[]): Pool => new Pool(shuffler.shuffle([...texts]));
  const live = { zh: { pos: make(pools.zh.pos), neg: make(pools.zh.neg) }, en: { pos: make(pools.en.pos), neg: make(pools.en.neg) } };
  const lang = (language: TextLanguage): 'zh' | 'en' => (language === 'en' ? 'en' : 'zh');
  const joiner = (language: TextLanguage): string => (language === 'en' ? ' ' : '，');
  const sizes = `zh ${pools.zh.pos.length}+/${pools.zh.neg.length}−, en ${pools.en.pos.length}+/${pools.en.neg.length}−`;
  return {
    description: `real labelled review texts from ../shared/data (${sizes})`,
    honest: (rng, language, rating) => {
      const polarity: Polarity = rng.chance(POSITIVE_TEXT_SHARE[rating] ?? 0.5) ? 'pos' : 'neg';
      return live[lang(language)][polarity].draw(rng, joiner(language));
    },
    ringBase: (rng, language) => live[lang(language)].pos.drawLong(rng, joiner(language), language === 'en' ? 120 : 40),
    stats: () => {
      const out: Record<string, number> = {};
      for (const l of ['zh', 'en'] as const) {
        for (const p of ['pos', 'neg'] as const) {
          out[`${l}.${p} used`] = live[l][p].used;
          out[`${l}.${p} joined (pool exhausted)`] = live[l][p].composed;
        }
      }
      return out;
    },
  };
}
