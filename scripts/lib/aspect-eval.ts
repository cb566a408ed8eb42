import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { analyzeAspects } from '../../src/scoring/domain/aspects/aspect-sentiment.js';
import { analyzeSentiment } from '../../src/scoring/domain/sentiment/analyze-sentiment.js';
import type { TextModels } from '../../src/scoring/domain/text-models.types.js';
import { loadRuleSet } from '../../src/scoring/rules.loader.js';

import { parseCsv } from './csv.js';
import { resolveDataDir } from './datasets.js';

/** The target for aspect sentiment on the labelled sample. */
export const ASPECT_MACRO_F1_TARGET = 0.8;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Row {
  text: string;
  gold: Set<string>;
}

/**
 * Aspect sentiment, scored per (aspect, polarity) pair: macro-F1 over every pair that is gold or predicted
 * (a spurious pair counts as an F1 of 0), and detection F1 over aspects alone. Three sets (README next to them):
 * - the hand-written sample in scripts/fixtures/aspect-sample.*.tsv, whole;
 * - its held-out third (every third row): rows the clause-polarity work of issue 15 never looked at;
 * - fresh rows: real reviews from ../shared/data, labelled in scripts/fixtures/aspect-fresh.tsv by file and row
 *   (the texts stay in ../shared/data), never tuned on. Skipped when the data directory is absent.
 */
export async function printAspectEval(models: TextModels): Promise<void> {
  const lexicons = (await loadRuleSet()).lexicons.aspects;
  // As the scorer runs it: a clause without cue or opinion words takes the review's own sentiment score.
  const predict = (text: string): Set<string> => {
    const review = analyzeSentiment(text, models).score;
    return new Set(analyzeAspects(text, lexicons, () => review).map((a) => `${a.aspect}:${a.polarity}`));
  };
  console.log('\nAspect sentiment (scripts/fixtures/README.md)');
  console.log('| set | language | reviews | pairs | macro-F1 (aspect, polarity) | detection F1 (aspect) | target |\n|---|---|---|---|---|---|---|');
  const fresh = loadFresh();
  for (const language of ['zh', 'en'] as const) {
    const sample = readFileSync(path.resolve(`scripts/fixtures/aspect-sample.${language}.tsv`), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const [text, labels] = line.split('\t');
        return { text, gold: labelSet(labels) };
      });
    printRow('sample, all', language, sample, predict);
    printRow('sample, held-out third', language, sample.filter((_, i) => i % 3 === 2), predict);
    if (fresh) printRow('fresh (../shared/data)', language, fresh.filter((r) => r.language === language), predict);
  }
  if (!fresh) console.log('(fresh rows skipped: ../shared/data not found)');
}

function labelSet(labels: string): Set<string> {
  return new Set(labels.trim().split(/\s+/).filter((l) => l.length > 0 && l !== '-'));
}

function loadFresh(): (Row & { language: 'zh' | 'en' })[] | undefined {
  const dir = resolveDataDir();
  const labelled = readFileSync(path.resolve('scripts/fixtures/aspect-fresh.tsv'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const files = new Map<string, string[]>();
  const rows: (Row & { language: 'zh' | 'en' })[] = [];
  for (const line of labelled) {
    const [file, row, labels] = line.split('\t');
    if (!files.has(file)) {
      const csvPath = path.join(dir, file);
      if (!existsSync(csvPath)) return undefined;
      const [header, ...data] = parseCsv(readFileSync(csvPath, 'utf8'));
      const textColumn = header.indexOf('text');
      files.set(file, data.map((r) => r[textColumn]));
    }
    rows.push({ text: files.get(file)![Number(row)], gold: labelSet(labels), language: file.startsWith('zh_') ? 'zh' : 'en' });
  }
  return rows;
}

function printRow(set: string, language: string, rows: Row[], predict: (text: string) => Set<string>): void {
  const pairs = new Map<string, Tally>();
  const detection: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const { text, gold } of rows) {
    const predicted = predict(text);
    tally(pairs, gold, predicted);
    const aspects = (s: Set<string>): Set<string> => new Set([...s].map((p) => p.split(':')[0]));
    tallyInto(detection, aspects(gold), aspects(predicted));
  }
  const f1s = [...pairs.values()].map(f1);
  const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  const met = macro >= ASPECT_MACRO_F1_TARGET ? 'met' : 'NOT met';
  console.log(`| ${set} | ${language} | ${rows.length} | ${pairs.size} | ${macro.toFixed(3)} | ${f1(detection).toFixed(3)} | ≥ ${ASPECT_MACRO_F1_TARGET}: ${met} |`);
}

function tally(pairs: Map<string, Tally>, gold: Set<string>, predicted: Set<string>): void {
  for (const label of new Set([...gold, ...predicted])) {
    let t = pairs.get(label);
    if (!t) pairs.set(label, (t = { tp: 0, fp: 0, fn: 0 }));
    tallyInto(t, gold.has(label) ? new Set([label]) : new Set(), predicted.has(label) ? new Set([label]) : new Set());
  }
}

function tallyInto(t: Tally, gold: Set<string>, predicted: Set<string>): void {
  for (const p of predicted) if (gold.has(p)) t.tp++;
  else t.fp++;
  for (const g of gold) if (!predicted.has(g)) t.fn++;
}

function f1(t: Tally): number {
  return t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}
