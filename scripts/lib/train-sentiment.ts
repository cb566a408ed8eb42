import { fromArtefact, type LinearModel, toArtefact } from '../../src/scoring/domain/text/linear-model.js';
import type { FeatureVector } from '../../src/scoring/domain/text/sparse-features.js';
import { TEXT_MODEL_SPECS } from '../../src/scoring/domain/text/text-model-specs.js';
import { trainLogisticRegression } from '../../src/scoring/domain/text/train-logistic-regression.js';

import type { SentimentTrainer } from './leave-one-domain-out.js';
import type { DomainRow } from './sentiment-domains.js';

const SPEC_OF = { zh: TEXT_MODEL_SPECS.zhSentiment, en: TEXT_MODEL_SPECS.enSentiment } as const;

/**
 * Trains the production sentiment model of a language on labelled rows,
 * pruned and quantised exactly like the committed artefact. Features are
 * cached per row, so leave-one-domain-out extracts each text once.
 */
export function sentimentTrainer(language: 'zh' | 'en'): SentimentTrainer {
  const spec = SPEC_OF[language];
  const cache = new Map<DomainRow, FeatureVector>();
  const featuresOf = (row: DomainRow): FeatureVector => {
    let f = cache.get(row);
    if (!f) cache.set(row, (f = spec.extract(row.text)));
    return f;
  };
  return (rows) => {
    const trained = trainLogisticRegression(rows.map(featuresOf), rows.map((r) => r.label), spec.training);
    const model: LinearModel = fromArtefact(toArtefact(trained, spec.minAbsWeight));
    return { [spec.name]: model };
  };
}
