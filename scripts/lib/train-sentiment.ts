import { fromArtefact, type LinearModel, toArtefact } from '../../src/scoring/domain/text/linear-model.js';
import type { FeatureVector } from '../../src/scoring/domain/text/sparse-features.js';
import { TEXT_MODEL_SPECS } from '../../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from './train-logistic-regression.js';

import type { SentimentTrainer } from './leave-one-domain-out.js';
import { balanceDomains, type DomainRow } from './sentiment-domains.js';

export const SENTIMENT_SPEC_OF = { zh: TEXT_MODEL_SPECS.zhSentiment, en: TEXT_MODEL_SPECS.enSentiment } as const;

/**
 * The production sentiment recipe for a language: every given domain,
 * balanced per domain, plus `extra` rows (the Chinese lexicon words), pruned
 * and quantised exactly like the committed artefact. Features are cached per
 * row, so leave-one-domain-out extracts each text once.
 */
export function sentimentTrainer(language: 'zh' | 'en', extra: readonly DomainRow[] = []): SentimentTrainer {
  const spec = SENTIMENT_SPEC_OF[language];
  const cache = new Map<DomainRow, FeatureVector>();
  const featuresOf = (row: DomainRow): FeatureVector => {
    let f = cache.get(row);
    if (!f) cache.set(row, (f = spec.extract(row.text)));
    return f;
  };
  return (rows) => {
    const model: LinearModel = fromArtefact(toArtefact(trainSentiment(language, rows, extra, featuresOf), spec.minAbsWeight));
    return { [spec.name]: model };
  };
}

/** The unpruned trained model (train.ts prunes it into the artefact). */
export function trainSentiment(
  language: 'zh' | 'en',
  rows: readonly DomainRow[],
  extra: readonly DomainRow[],
  featuresOf: (row: DomainRow) => FeatureVector = (row) => SENTIMENT_SPEC_OF[language].extract(row.text),
): LinearModel {
  const training = [...balanceDomains(rows), ...extra];
  return trainLogisticRegression(training.map(featuresOf), training.map((r) => r.label), SENTIMENT_SPEC_OF[language].training);
}
