import { analyzeSentiment } from '../../src/scoring/domain/sentiment/analyze-sentiment.js';
import type { SentimentLabel, TextModels } from '../../src/scoring/domain/text-models.types.js';

import type { DomainCorpus, DomainRow } from './sentiment-domains.js';

/** Reviews longer than this are "long" (the split). */
export const LONG_REVIEW_CHARS = 300;

export interface LabelTally {
  n: number;
  correct: number;
  neutral: number;
  mixed: number;
}

export interface DomainResult extends LabelTally {
  domain: string;
  /** Training rows used for this fold (all other domains). */
  trainRows: number;
}

export interface LodoResult {
  language: 'zh' | 'en';
  domains: DomainResult[];
  overall: LabelTally;
  /** Mean of the per-domain accuracies: every domain counts once, whatever its size. */
  macroAccuracy: number;
  long: LabelTally;
  short: LabelTally;
}

/** Trains the production model for a language on the given rows. */
export type SentimentTrainer = (rows: readonly DomainRow[]) => TextModels;

/**
 * Leave-one-domain-out with the production decision rule: for each domain,
 * train on every other domain, then label the held-out rows with
 * `analyzeSentiment` exactly as the scorer does (neutral band and mixed
 * included). A polar row labelled neutral or mixed counts as wrong.
 */
export function leaveOneDomainOut(corpus: DomainCorpus, train: SentimentTrainer): LodoResult {
  const domains: DomainResult[] = [];
  const overall = emptyTally();
  const long = emptyTally();
  const short = emptyTally();
  for (const domain of corpus.domains) {
    const trainRows = corpus.rows.filter((r) => r.domain !== domain);
    const models = train(trainRows);
    const tally = emptyTally();
    for (const row of corpus.rows) {
      if (row.domain !== domain) continue;
      const label = analyzeSentiment(row.text, models).label;
      for (const t of [tally, overall, Array.from(row.text).length > LONG_REVIEW_CHARS ? long : short]) add(t, row.label, label);
    }
    domains.push({ domain, trainRows: trainRows.length, ...tally });
  }
  const macroAccuracy = domains.reduce((s, d) => s + rate(d.correct, d.n), 0) / domains.length;
  return { language: corpus.language, domains, overall, macroAccuracy, long, short };
}

export function rate(count: number, n: number): number {
  return n === 0 ? 0 : count / n;
}

function emptyTally(): LabelTally {
  return { n: 0, correct: 0, neutral: 0, mixed: 0 };
}

function add(t: LabelTally, truth: number, label: SentimentLabel): void {
  t.n++;
  if ((truth === 1 && label === 'positive') || (truth === 0 && label === 'negative')) t.correct++;
  if (label === 'neutral') t.neutral++;
  if (label === 'mixed') t.mixed++;
}
