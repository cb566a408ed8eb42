/**
 * Real review texts for the simulation, from the labelled development data in ../shared/data
 * (never copied into the repo). Chinese: online-shopping reviews, JD.com comment clauses, FewCLUE
 * product reviews and car-forum reviews; English: Amazon Echo reviews, the UCI Amazon sentences and Hu & Liu's
 * electronics reviews. A text's label mostly agrees with the star rating it is given, with a
 * realistic share of disagreement (shoppers who praise and give 2★, or complain and give 5★).
 *
 * Each long text is used once (two shoppers never post the same long review by chance), and so is each
 * near copy of it: the corpora hold near-duplicates that are not independent shoppers (see dropNearCopies).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { estimateJaccard, lshBandKeys, minhashSignature } from '../../src/scoring/domain/duplication/minhash.js';
import { normalizeText, textUnits } from '../../src/scoring/domain/duplication/normalize-text.js';
import { parseCsv, parseTsv } from '../lib/csv.js';
import { honestText, ringBaseText, type TextLanguage } from './review-text.js';
import { Rng } from './rng.js';
import type { TextSource } from './text-source.js';

type Polarity = 'pos' | 'neg';
type Pools = Record<'zh' | 'en', Record<Polarity, string[]>>;

const FILES: { file: string; language: 'zh' | 'en' }[] = [
  { file: 'zh_shopping_sentiment_dev.csv', language: 'zh' },
  { file: 'zh_jd_clauses.csv', language: 'zh' },
  { file: 'zh_fewclue_eprstmt.csv', language: 'zh' },
  { file: 'zh_car_bdci2018.csv', language: 'zh' },
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
  const kept = dropNearCopies([...pools.zh.pos, ...pools.zh.neg, ...pools.en.pos, ...pools.en.neg]);
  for (const language of ['zh', 'en'] as const) {
    for (const polarity of ['pos', 'neg'] as const) pools[language][polarity] = pools[language][polarity].filter((t) => kept.has(t));
  }
  return pools;
}

/** What the duplicate phase treats as a copy (near_duplicate's high-severity value in moderation-rules/). */
const NEAR_COPY = 0.8;
/** Texts shorter than this are never fingerprinted (below every near_duplicate minUnits in use). */
const FINGERPRINT_UNITS = 12;

/**
 * The texts to keep: all but the second and later members of each near-copy cluster (MinHash
 * similarity ≥ NEAR_COPY, found with the production LSH bands). The corpora are deduplicated on exact
 * normalised text only, and on seed 20261123 all 141 honest texts that met an earlier text at ≥ 0.8 were
 * such corpus near-copies: one shopper's own template posted on every product ("我为什么每个商品的评价都一样
 * … 统一用段话作为评价"), a brand's reply template, a widely pasted praise text, 凑字数 filler ("很好很好…").
 * Dealt out to unrelated simulated shoppers they invent the copy-paste pattern that real shops see from
 * campaigns, not from independent honest buyers.
 */
export function dropNearCopies(texts: string[]): Set<string> {
  const kept = new Set<string>();
  const bands = new Map<string, Uint32Array[]>();
  for (const text of texts) {
    if (textUnits(normalizeText(text)).length < FINGERPRINT_UNITS) {
      kept.add(text);
      continue;
    }
    const signature = minhashSignature(text);
    const keys = lshBandKeys(signature);
    const copy = keys.some((key) => (bands.get(key) ?? []).some((other) => estimateJaccard(signature, other) >= NEAR_COPY));
    if (copy) continue;
    kept.add(text);
    for (const key of keys) {
      const list = bands.get(key);
      if (list) list.push(signature);
      else bands.set(key, [signature]);
    }
  }
  return kept;
}

/** Reused with replacement: short stock texts ("不错", "Great product") repeat on every real platform. */
const SHORT_UNITS = 12;
const SHORT_SHARE = 0.15;
const TOKEN = /\uE000(\d+)\uE001/g;

interface Request {
  language: 'zh' | 'en';
  polarity: Polarity;
}

class Pool {
  private next = 0;
  public readonly short: string[];

  public constructor(private readonly texts: string[]) {
    this.short = texts.filter((t) => textUnits(normalizeText(t)).length < SHORT_UNITS);
  }

  public draw(): string | null {
    return this.next < this.texts.length ? this.texts[this.next++] : null;
  }

  /** The next unused text of at least `minChars` (a copy ring's base must be long enough to be fingerprinted). */
  public drawLong(minChars: number): string | null {
    for (let i = this.next; i < this.texts.length; i++) {
      if (this.texts[i].length >= minChars) {
        [this.texts[i], this.texts[this.next]] = [this.texts[this.next], this.texts[i]];
        return this.texts[this.next++];
      }
    }
    return null;
  }
}

/**
 * Draws from the pools in a seeded shuffled order: a run replays exactly. `honest` hands out a
 * placeholder and `finish` fills them in a shuffled order of the whole stream, so when a pool runs
 * short the fixture texts that stand in are spread over every scenario and day, not piled on
 * whatever the generator wrote last. Reusing a long real text would plant near-duplicates that no
 * honest shop has, so it never happens: 15% of draws are short stock texts (reused, as on real
 * platforms; too short for the duplicate signals), and an exhausted pool falls back to fixture
 * templates, which the report counts.
 */
export function realTextSource(pools: Pools, seed: number): TextSource {
  const shuffler = new Rng(seed);
  const make = (texts: string[]): Pool => new Pool(shuffler.shuffle([...texts]));
  const live = { zh: { pos: make(pools.zh.pos), neg: make(pools.zh.neg) }, en: { pos: make(pools.en.pos), neg: make(pools.en.neg) } };
  const lang = (language: TextLanguage): 'zh' | 'en' => (language === 'en' ? 'en' : 'zh');
  const requests: Request[] = [];
  const counts: Record<string, number> = {};
  const count = (key: string): void => void (counts[key] = (counts[key] ?? 0) + 1);
  const resolve = (rng: Rng, { language, polarity }: Request): string => {
    const pool = live[language][polarity];
    if (pool.short.length > 0 && rng.chance(SHORT_SHARE)) {
      count(`${language}.${polarity} short stock text`);
      return rng.pick(pool.short);
    }
    const text = pool.draw();
    count(`${language}.${polarity} ${text === null ? 'fixture (pool exhausted)' : 'real, unique'}`);
    return text ?? honestText(rng, language, polarity === 'pos' ? 5 : 1);
  };
  const sizes = `zh ${pools.zh.pos.length}+/${pools.zh.neg.length}−, en ${pools.en.pos.length}+/${pools.en.neg.length}−`;
  return {
    description: `real labelled review texts from ../shared/data (${sizes})`,
    honest: (rng, language, rating) => {
      const polarity: Polarity = rng.chance(POSITIVE_TEXT_SHARE[rating] ?? 0.5) ? 'pos' : 'neg';
      requests.push({ language: lang(language), polarity });
      return `\uE000${requests.length - 1}\uE001`;
    },
    ringBase: (rng, language) => live[lang(language)].pos.drawLong(language === 'en' ? 120 : 40) ?? ringBaseText(rng, language),
    finish: (stream) => {
      const rng = new Rng(seed ^ 0x7e47);
      const filled = new Map<number, string>();
      for (const sim of rng.shuffle([...stream])) {
        sim.item.body = sim.item.body.replace(TOKEN, (_, n: string) => {
          if (!filled.has(Number(n))) filled.set(Number(n), resolve(rng, requests[Number(n)]));
          return filled.get(Number(n)) as string;
        });
      }
    },
    stats: () => counts,
  };
}
