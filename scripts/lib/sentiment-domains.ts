import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parseCsv, parseTsv } from './csv.js';

/** One labelled review/sentence with the domain (file, or category inside the shopping file) it came from. */
export interface DomainRow {
  domain: string;
  text: string;
  label: number;
}

export interface DomainCorpus {
  language: 'zh' | 'en';
  rows: DomainRow[];
  domains: string[];
  /** File name → sha256, recorded in the artefact header. */
  files: Record<string, string>;
}

/** Every labelled sentiment file per language; the shopping file's 9 categories are 9 domains. */
export const SENTIMENT_DOMAIN_FILES: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['zh_shopping_sentiment_dev.csv', 'zh_jd_clauses.csv', 'zh_car_bdci2018.csv', 'zh_fewclue_eprstmt.csv', 'zh_douban_dmr_stars.csv'],
  en: ['en_sentences_sentiment_dev.tsv', 'en_cr_huliu.csv', 'en_mr_rtpolarity.csv', 'en_amazon_echo_alexa.csv', 'en_sst2_sentences.csv'],
};

export function sentimentDomainsAvailable(dir: string, language: 'zh' | 'en'): boolean {
  return SENTIMENT_DOMAIN_FILES[language].every((f) => existsSync(path.join(dir, f)));
}

export function loadSentimentDomains(dir: string, language: 'zh' | 'en'): DomainCorpus {
  const rows: DomainRow[] = [];
  const files: Record<string, string> = {};
  for (const file of SENTIMENT_DOMAIN_FILES[language]) {
    const content = readFileSync(path.join(dir, file), 'utf8');
    files[file] = createHash('sha256').update(content).digest('hex');
    const [header, ...body] = file.endsWith('.tsv') ? parseTsv(content) : parseCsv(content);
    const textCol = header.indexOf('text');
    const labelCol = header.indexOf('label');
    const categoryCol = header.indexOf('category');
    const stem = file.replace(/\.(csv|tsv)$/, '');
    for (const r of body) {
      if (r.length !== header.length || r[textCol].trim().length === 0) continue;
      const domain = categoryCol >= 0 ? `${stem.replace(/_sentiment_dev$/, '')}:${r[categoryCol]}` : stem;
      rows.push({ domain, text: r[textCol], label: r[labelCol] === '1' ? 1 : 0 });
    }
  }
  return { language, rows, domains: [...new Set(rows.map((r) => r.domain))], files };
}

/**
 * Oversamples the minority class inside each domain so every domain is
 * balanced: the smart-speaker and movie-star files are 86–87% positive, and
 * without this the model learns a positive prior that unseen domains do not share.
 */
export function balanceDomains(rows: readonly DomainRow[]): DomainRow[] {
  const byDomain = new Map<string, [DomainRow[], DomainRow[]]>();
  for (const row of rows) {
    let pair = byDomain.get(row.domain);
    if (!pair) byDomain.set(row.domain, (pair = [[], []]));
    pair[row.label].push(row);
  }
  const out: DomainRow[] = [];
  for (const [negative, positive] of byDomain.values()) {
    out.push(...negative, ...positive);
    const [small, large] = negative.length < positive.length ? [negative, positive] : [positive, negative];
    if (small.length === 0) continue;
    for (let i = 0; i < large.length - small.length; i++) out.push(small[i % small.length]);
  }
  return out;
}
