import { existsSync } from 'node:fs';
import path from 'node:path';

import { analyzeSentiment } from './domain/sentiment/analyze-sentiment.js';
import { classifyText } from './domain/text/classify-text.js';
import { TEXT_MODEL_SPECS } from './domain/text/text-model-specs.js';
import { loadTextModels } from './text-models.loader.js';

describe('loadTextModels', () => {
  it('treats missing files as missing models, and the scorer falls back', () => {
    const { models, missing } = loadTextModels(path.resolve('does-not-exist'));
    expect(models).toEqual({});
    expect(missing).toHaveLength(Object.keys(TEXT_MODEL_SPECS).length);
    expect(analyzeSentiment('Great product, works perfectly.', models).label).toBe('positive');
    expect(analyzeSentiment('质量很好', models)).toMatchObject({ label: 'neutral', confidence: 0 });
  });

  const modelsDir = path.resolve('models');
  const committed = Object.values(TEXT_MODEL_SPECS).every((s) => existsSync(path.join(modelsDir, s.file)));

  (committed ? describe : describe.skip)('with the committed artefacts in models/', () => {
    const { models, missing } = loadTextModels(modelsDir);

    it('loads every model', () => {
      expect(missing).toEqual([]);
    });

    it.each([
      ['This is the best purchase I have ever made, works great!', 'positive'],
      ['Terrible quality, it broke after two days. Waste of money.', 'negative'],
      ['I do not like it at all.', 'negative'],
      ['质量很好，非常满意', 'positive'],
      ['質量很好，非常滿意', 'positive'],
      ['质量太差了，很失望', 'negative'],
      ['质量不好', 'negative'],
      ['不是很好', 'negative'],
    ])('%s → %s', (text, label) => {
      expect(analyzeSentiment(text, models).label).toBe(label);
    });

    // Multi-domain training (movie and speaker reviews use "not bad" as praise) puts it level with "good".
    it('gives "not bad" a positive score, below "great"', () => {
      const notBad = analyzeSentiment('not bad', models).score;
      expect(notBad).toBeGreaterThan(0);
      expect(notBad).toBeLessThan(analyzeSentiment('great', models).score);
    });

    it('returns a probability from the generated-text classifier', () => {
      const { generatedLikelihood } = classifyText('My husband and I loved this hotel! I would definitely recommend it to anyone!', models);
      expect(generatedLikelihood).toBeGreaterThanOrEqual(0);
      expect(generatedLikelihood).toBeLessThanOrEqual(1);
    });
  });
});
