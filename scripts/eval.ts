import { analyzeSentiment } from '../src/scoring/domain/sentiment/analyze-sentiment.js';
import { extractEnglishSentimentFeatures } from '../src/scoring/domain/sentiment/english-sentiment-features.js';
import { analyzeText } from '../src/scoring/domain/text/analyze-text.js';
import { classifyText } from '../src/scoring/domain/text/classify-text.js';
import { TEXT_MODEL_SPECS } from '../src/scoring/domain/text/text-model-specs.js';
import { loadTextModels } from '../src/scoring/text-models.loader.js';

import { crossValidate, type CvResult, FOLDS, modelScorer } from './lib/cross-validate.js';
import { type Dataset, type DatasetName, datasetsAvailable, loadDataset, resolveDataDir } from './lib/datasets.js';
import { printAspectEval } from './lib/aspect-eval.js';
import { DECEPTION_SPEC, printDeceptionPrecision } from './lib/deception-precision.js';
import { printLodo } from './lib/print-lodo.js';

const TASKS: ReadonlyArray<{ name: DatasetName; title: string; target: number }> = [
  { name: 'zhSentiment', title: 'Chinese sentiment (zh_shopping), random CV', target: 0.9 },
  { name: 'enSentiment', title: 'English sentence sentiment, random CV', target: 0.88 },
  { name: 'deception', title: 'Deceptive (hotels held out; model removed, see models/README.md)', target: 0.86 },
  { name: 'generated', title: 'Generated (CG vs OR)', target: 0.85 },
];

async function main(): Promise<void> {
  await printAspectEval(loadTextModels().models);
  // `npm run eval -- aspects`: the aspect figures alone (seconds, no development data needed beyond the fresh rows).
  if (process.argv.includes('aspects')) return;
  const dataDir = resolveDataDir();
  if (!datasetsAvailable(dataDir)) {
    console.log(`eval: development data not found in ${dataDir}; skipping (set CANDOR_DATA_DIR to run).`);
    return;
  }
  printLodo(dataDir);
  console.log('\nSecond line: random 5-fold CV on the single dev files (mixes domains, overstates; threshold 0.5, no neutral band)');
  const rows: string[] = [];
  const datasets: Dataset[] = [];
  for (const task of TASKS) {
    const data = loadDataset(dataDir, task.name);
    datasets.push(data);
    const spec = task.name === 'deception' ? DECEPTION_SPEC : TEXT_MODEL_SPECS[task.name];
    const started = performance.now();
    const features = data.texts.map((t) => spec.extract(t));
    const result = crossValidate(data, modelScorer(spec, data, features));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    printResult(task.title, data, result, seconds);
    rows.push(tableRow(task.title, data.texts.length, result, task.target));
    if (task.name === 'enSentiment') {
      const lexicon = crossValidate(data, (_train, test) => test.map((i) => lexiconProbability(data.texts[i])));
      printResult('English sentence sentiment, lexicon only (no training)', data, lexicon, '0');
      rows.push(tableRow('English sentences, lexicon only', data.texts.length, lexicon, task.target));
    }
  }
  console.log(`\n| task | rows | accuracy | macro-F1 | AUC | target acc | met |\n|---|---|---|---|---|---|---|\n${rows.join('\n')}`);
  printDeceptionPrecision(dataDir);
  printTiming(datasets);
}

function lexiconProbability(text: string): number {
  return (extractEnglishSentimentFeatures(text).lexicon.normalized + 1) / 2;
}

function fmt(m: { mean: number; sd: number }): string {
  return `${m.mean.toFixed(3)} ± ${m.sd.toFixed(3)}`;
}

function printResult(title: string, data: Dataset, r: CvResult, seconds: string): void {
  const split = data.groups ? `grouped by hotel (${new Set(data.groups).size} hotels)` : 'stratified';
  console.log(`${title}: ${data.file}, ${data.texts.length} rows, ${FOLDS}-fold ${split}, ${seconds}s`);
  console.log(`  accuracy ${fmt(r.accuracy)}  macro-F1 ${fmt(r.macroF1)}  AUC ${fmt(r.auc)}`);
}

function tableRow(title: string, n: number, r: CvResult, target: number): string {
  const met = r.accuracy.mean >= target ? 'yes' : 'no';
  return `| ${title} | ${n} | ${fmt(r.accuracy)} | ${fmt(r.macroF1)} | ${fmt(r.auc)} | ${target.toFixed(2)} | ${met} |`;
}

/** Inference cost with the committed artefacts, on real review texts (per data set, then all). */
function printTiming(datasets: readonly Dataset[]): void {
  const { models, missing } = loadTextModels();
  if (missing.length > 0) console.log(`\n(timing with missing artefacts: ${missing.join(', ')} — run npm run train first)`);
  console.log('\ninference µs/item | analyzeSentiment + classifyText | analyzeText (one pass)');
  const sets = datasets.filter((d) => d.task !== 'enSentiment').map((d) => ({ name: d.file, texts: d.texts.slice(0, 1000) }));
  sets.push({ name: 'all of the above', texts: sets.flatMap((s) => s.texts) });
  for (const { name, texts } of sets) {
    const meanChars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
    const separate = timePerItem(texts, (t) => classifyText(t, models, analyzeSentiment(t, models).language));
    const combined = timePerItem(texts, (t) => analyzeText(t, models));
    console.log(`  ${name} (mean ${meanChars.toFixed(0)} chars): ${separate.toFixed(1)} | ${combined.toFixed(1)}`);
  }
}

function timePerItem(texts: readonly string[], run: (text: string) => unknown): number {
  for (const text of texts) run(text);
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) run(text);
  return ((performance.now() - started) * 1000) / (texts.length * rounds);
}

await main();
