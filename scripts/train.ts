import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { toArtefact } from '../src/scoring/domain/text/linear-model.js';
import { ARTEFACT_FORMAT, type TextModelArtefactFile } from '../src/scoring/domain/text/text-model-artefact.js';
import { TEXT_MODEL_SPECS, type TextModelSpec } from '../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from '../src/scoring/domain/text/train-logistic-regression.js';

import { datasetsAvailable, loadDataset, resolveDataDir } from './lib/datasets.js';

/** Trains every text model on the full development data and writes versioned artefacts into models/. */
function main(): void {
  const dataDir = resolveDataDir();
  if (!datasetsAvailable(dataDir)) {
    console.error(`train: data not found in ${dataDir} (set CANDOR_DATA_DIR)`);
    process.exitCode = 1;
    return;
  }
  const modelsDir = path.resolve('models');
  mkdirSync(modelsDir, { recursive: true });
  for (const spec of Object.values(TEXT_MODEL_SPECS)) trainOne(spec, dataDir, modelsDir);
}

function trainOne(spec: TextModelSpec, dataDir: string, modelsDir: string): void {
  const started = performance.now();
  const data = loadDataset(dataDir, spec.name);
  const features = data.texts.map((t) => spec.extract(t));
  const model = trainLogisticRegression(features, data.labels, spec.training);
  const artefact = toArtefact(model, spec.minAbsWeight);
  const file: TextModelArtefactFile = {
    header: {
      format: ARTEFACT_FORMAT,
      model: spec.name,
      version: spec.version,
      dataFile: data.file,
      dataSha256: data.sha256,
      rows: data.texts.length,
      positives: data.labels.filter((y) => y === 1).length,
      hyperParameters: { ...spec.training, minAbsWeight: spec.minAbsWeight },
      nonZeroWeights: artefact.quantizedWeights.length,
    },
    model: artefact,
  };
  const target = path.join(modelsDir, spec.file);
  writeFileSync(target, JSON.stringify(file) + '\n');
  const kb = (statSync(target).size / 1024).toFixed(0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${spec.name}: ${data.texts.length} rows → ${spec.file} (${kb} KiB, ${artefact.quantizedWeights.length} weights, ${seconds}s)`);
}

main();
