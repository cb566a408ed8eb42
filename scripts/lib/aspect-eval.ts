import { readFileSync } from 'node:fs';
import path from 'node:path';

import { analyzeAspects } from '../../src/scoring/domain/aspects/aspect-sentiment.js';
import { analyzeSentiment } from '../../src/scoring/domain/sentiment/analyze-sentiment.js';
import type { TextModels } from '../../src/scoring/domain/text-models.types.js';
import { loadRuleSet } from '../../src/scoring/rules.loader.js';

/** The target for aspect sentiment on the labelled sample. */
export const ASPECT_MACRO_F1_TARGET = 0.8;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Aspect sentiment on the hand-labelled sample in scripts/fixtures (reviews
 * written for this project, one per line: text TAB aspect:polarity …). Scored
 * per (aspect, polarity) pair: macro-F1 over the pairs, and detection F1 over
 * aspects alone. Runs without ../shared/data: the sample lives in the repo.
 */
export async function printAspectEval(models: TextModels): Promise<void> {
  const lexicons = (await loadRuleSet()).lexicons.aspects;
  console.log('\nAspect sentiment, hand-labelled sample (scripts/fixtures/aspect-sample.*.tsv)');
  console.log('| language | reviews | pairs | macro-F1 (aspect, polarity) | detection F1 (aspect) | target |\n|---|---|---|---|---|---|');
  for (const language of ['zh', 'en'] as const) {
    const rows = readFileSync(path.resolve(`scripts/fixtures/aspect-sample.${language}.tsv`), 'utf8')
      .split('\n')
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const [text, labels] = line.split('\t');
        return { text, gold: new Set(labels.trim().split(/\s+/)) };
      });
    const pairs = new Map<string, Tally>();
    const detection: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const { text, gold } of rows) {
      const predicted = new Set(
        analyzeAspects(text, lexicons, (clause) => analyzeSentiment(clause, models).score).map((a) => `${a.aspect}:${a.polarity}`),
      );
      tally(pairs, gold, predicted);
      const aspects = (s: Set<string>): Set<string> => new Set([...s].map((p) => p.split(':')[0]));
      tallyInto(detection, aspects(gold), aspects(predicted));
    }
    const f1s = [...pairs.values()].map(f1);
    const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    const met = macro >= ASPECT_MACRO_F1_TARGET ? 'met' : 'NOT met';
    console.log(`| ${language} | ${rows.length} | ${pairs.size} | ${macro.toFixed(3)} | ${f1(detection).toFixed(3)} | ≥ ${ASPECT_MACRO_F1_TARGET}: ${met} |`);
  }
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
