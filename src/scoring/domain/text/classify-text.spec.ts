import type { TextModels } from '../text-models.types.js';

import { analyzeSentiment } from '../sentiment/analyze-sentiment.js';
import { analyzeText } from './analyze-text.js';
import { classifyText } from './classify-text.js';
import { extractStyleClassifierFeatures } from './style-classifier-features.js';
import { trainLogisticRegression } from '../../../../scripts/lib/train-logistic-regression.js';

const SPECIFIC = [
  'Room 1412 faced the river; check-in took 5 minutes and the $189 rate included parking.',
  'The elevator on floor 7 was slow, about 3 minutes, but the bathroom had two sinks.',
  'Valet was $45 per night; the gym on level 2 opened at 6am.',
  'Our room had a 42 inch TV, a minibar and the window faced Michigan Avenue.',
];
const VAGUE = [
  'My husband and I loved this hotel! I would definitely recommend it to anyone!',
  'I had the best experience ever! I will definitely stay here again!',
  'I was so happy with my stay! My family and I loved everything!',
  'This hotel is amazing! I recommend it to everyone I know!',
];

function fixtureModels(): TextModels {
  const texts = [...SPECIFIC, ...VAGUE];
  const labels = [...SPECIFIC.map(() => 0), ...VAGUE.map(() => 1)];
  const options = { bits: 14, epochs: 30, learningRate: 0.3, l2: 0, minCount: 1, seed: 5 };
  const model = trainLogisticRegression(texts.map(extractStyleClassifierFeatures), labels, options);
  return { generated: model };
}

describe('classifyText', () => {
  it('returns 0.5 (no evidence) without models', () => {
    expect(classifyText('I loved this hotel!', {})).toEqual({ generatedLikelihood: 0.5 });
  });

  it('returns 0.5 for Chinese text, which the English models never saw', () => {
    expect(classifyText('质量很好', fixtureModels())).toEqual({ generatedLikelihood: 0.5 });
  });

  it('separates the fixture classes with a model trained on them', () => {
    const models = fixtureModels();
    const vague = classifyText('I loved my stay! I would definitely recommend it!', models);
    const specific = classifyText('The $210 rate on floor 9 included parking; check-in took 4 minutes.', models);
    expect(vague.generatedLikelihood).toBeGreaterThan(specific.generatedLikelihood);
    expect(vague.generatedLikelihood).toBeLessThanOrEqual(1);
    expect(specific.generatedLikelihood).toBeGreaterThanOrEqual(0);
  });

  it('analyzeText gives the same results as the two separate calls', () => {
    const models = fixtureModels();
    for (const text of [...SPECIFIC, ...VAGUE, '质量很好', 'Great! 很好很好很好']) {
      const combined = analyzeText(text, models);
      expect(combined.classifiers).toEqual(classifyText(text, models));
      expect(combined.sentiment).toEqual(analyzeSentiment(text, models));
    }
  });
});
