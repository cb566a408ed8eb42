import { createHash } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { type LinearModel, toArtefact } from '../src/scoring/domain/text/linear-model.js';
import { ARTEFACT_FORMAT, type TextModelArtefactFile } from '../src/scoring/domain/text/text-model-artefact.js';
import { TEXT_MODEL_SPECS, type TextModelSpec } from '../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from './lib/train-logistic-regression.js';

import { datasetsAvailable, loadDataset, resolveDataDir } from './lib/datasets.js';
import { loadSentimentDomains, sentimentDomainsAvailable } from './lib/sentiment-domains.js';
import { trainSentiment } from './lib/train-sentiment.js';
import { zhLexiconRows } from './lib/zh-lexicon-rows.js';

/** Trains every text model (or the ones named on the command line) on the full development data and writes versioned artefacts into models/. */
function main(): void {
  const dataDir = resolveDataDir();
  if (!datasetsAvailable(dataDir)) {
    console.error(`train: data not found in ${dataDir} (set CANDOR_DATA_DIR)`);
    process.exitCode = 1;
    return;
  }
  const modelsDir = path.resolve('models');
  mkdirSync(modelsDir, { recursive: true });
  // `npm run train -- enSentiment`: only the named models (each is trained on its own, so the bytes are the same).
  const only = process.argv.slice(2);
  for (const spec of Object.values(TEXT_MODEL_SPECS)) if (only.length === 0 || only.includes(spec.name)) trainOne(spec, dataDir, modelsDir);
}

interface TrainedModel {
  model: LinearModel;
  dataFile: string;
  dataSha256: string;
  rows: number;
  positives: number;
}

/** Sentiment: every domain of the language (+ the Chinese lexicons); the classifiers: their one dev file. */
function trainModel(spec: TextModelSpec, dataDir: string): TrainedModel {
  const language = spec.name === 'zhSentiment' ? 'zh' : spec.name === 'enSentiment' ? 'en' : undefined;
  if (language && sentimentDomainsAvailable(dataDir, language)) {
    const corpus = loadSentimentDomains(dataDir, language);
    const extra = language === 'zh' ? zhLexiconRows(dataDir) : [];
    const files = Object.keys(corpus.files);
    return {
      model: trainSentiment(language, corpus.rows, extra),
      dataFile: [...files, ...(extra.length > 0 ? ['lexicons/zh_*.csv (as one-word examples)'] : [])].join(', '),
      dataSha256: createHash('sha256').update(files.map((f) => corpus.files[f]).join('\n')).digest('hex'),
      rows: corpus.rows.length + extra.length,
      positives: corpus.rows.filter((r) => r.label === 1).length + extra.filter((r) => r.label === 1).length,
    };
  }
  const data = loadDataset(dataDir, spec.name);
  return {
    model: trainLogisticRegression(data.texts.map((t) => spec.extract(t)), data.labels, spec.training),
    dataFile: data.file,
    dataSha256: data.sha256,
    rows: data.texts.length,
    positives: data.labels.filter((y) => y === 1).length,
  };
}

function trainOne(spec: TextModelSpec, dataDir: string, modelsDir: string): void {
  const started = performance.now();
  const data = trainModel(spec, dataDir);
  const artefact = toArtefact(data.model, spec.minAbsWeight);
  const file: TextModelArtefactFile = {
    header: {
      format: ARTEFACT_FORMAT,
      model: spec.name,
      version: spec.version,
      dataFile: data.dataFile,
      dataSha256: data.dataSha256,
      rows: data.rows,
      positives: data.positives,
      hyperParameters: { ...spec.training, minAbsWeight: spec.minAbsWeight },
      nonZeroWeights: artefact.quantizedWeights.length,
    },
    model: artefact,
  };
  const target = path.join(modelsDir, spec.file);
  writeFileSync(target, JSON.stringify(file) + '\n');
  const kb = (statSync(target).size / 1024).toFixed(0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${spec.name}: ${data.rows} rows → ${spec.file} (${kb} KiB, ${artefact.quantizedWeights.length} weights, ${seconds}s)`);
}

main();
