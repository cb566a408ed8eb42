import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { TextModelName } from '../../src/scoring/domain/text/text-model-specs.js';

/** The trained models plus the deception corpus, which eval still measures (the model was removed). */
export type DatasetName = TextModelName | 'deception';

import { parseCsv, parseTsv } from './csv.js';

export interface Dataset {
  task: DatasetName;
  file: string;
  texts: string[];
  labels: number[];
  /** Hold-out groups (hotels) where the evaluation must not mix them across folds. */
  groups?: string[];
  sha256: string;
}

/** ../shared/data relative to the working directory, or CANDOR_DATA_DIR. */
export function resolveDataDir(): string {
  return path.resolve(process.env.CANDOR_DATA_DIR ?? '../shared/data');
}

export const DATASET_FILES: Readonly<Record<DatasetName, string>> = {
  zhSentiment: 'zh_shopping_sentiment_dev.csv',
  enSentiment: 'en_sentences_sentiment_dev.tsv',
  generated: 'en_generated_reviews_dev.csv',
  deception: 'en_deceptive_hotel_reviews_dev.csv',
};

export function datasetsAvailable(dir: string): boolean {
  return Object.values(DATASET_FILES).every((f) => existsSync(path.join(dir, f)));
}

export function loadDataset(dir: string, task: DatasetName): Dataset {
  const file = DATASET_FILES[task];
  const content = readFileSync(path.join(dir, file), 'utf8');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const rows = task === 'enSentiment' ? parseTsv(content) : parseCsv(content);
  const [header, ...body] = rows;
  const col = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: missing column ${name}`);
    return index;
  };
  const text = col('text');
  const data = body.filter((r) => r.length === header.length && r[text].trim().length > 0);
  const base = { task, file, sha256, texts: data.map((r) => r[text]) };
  switch (task) {
    case 'zhSentiment':
    case 'enSentiment':
      return { ...base, labels: data.map((r) => (r[col('label')] === '1' ? 1 : 0)) };
    case 'generated':
      return { ...base, labels: data.map((r) => (r[col('label')] === 'CG' ? 1 : 0)) };
    case 'deception':
      return { ...base, labels: data.map((r) => (r[col('deceptive')] === 'deceptive' ? 1 : 0)), groups: data.map((r) => r[col('hotel')]) };
  }
}
