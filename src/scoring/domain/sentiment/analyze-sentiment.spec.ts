import { trainLogisticRegression } from '../../../../scripts/lib/train-logistic-regression.js';
import type { TextModels } from '../text-models.types.js';

import { analyzeSentiment } from './analyze-sentiment.js';
import { extractChineseSentimentFeatures } from './chinese-sentiment-features.js';

const ZH_POSITIVE = [
  '质量很好', '很好用', '非常满意', '物流很快，质量很好', '东西不错，很喜欢', '好评', '性价比很高', '包装很好，很满意',
  '屏幕很清楚，很好', '味道很好，会再买', '质量不错', '很喜欢，推荐', '非常好，谢谢', '宝贝很好', '很满意，好',
];
const ZH_NEGATIVE = [
  '质量不好', '不好用', '很不满意', '不是很好', '质量很差', '太差了', '不喜欢', '没有用', '不推荐', '很失望',
  '不是很满意', '质量不行', '差评', '不好，退货', '没有想象的好',
];

function fixtureZhModel(): TextModels {
  const texts = [...ZH_POSITIVE, ...ZH_NEGATIVE];
  const labels = [...ZH_POSITIVE.map(() => 1), ...ZH_NEGATIVE.map(() => 0)];
  const training = { bits: 16, epochs: 30, learningRate: 0.3, l2: 0, minCount: 1, seed: 1 };
  return { zhSentiment: trainLogisticRegression(texts.map(extractChineseSentimentFeatures), labels, training) };
}

describe('analyzeSentiment without model files (fallback)', () => {
  const none: TextModels = {};

  it.each([
    ['This is a great product, I love it!', 'positive'],
    ['Terrible. It broke after a day, waste of money.', 'negative'],
    ['not bad', 'positive'],
    ['never again', 'negative'],
    ['The box is blue.', 'neutral'],
  ])('English uses the lexicon: %s → %s', (text, label) => {
    const result = analyzeSentiment(text, none);
    expect(result.label).toBe(label);
    expect(result.language).toBe('en');
    expect(result.confidence).toBeLessThan(1);
  });

  it('reports Chinese as neutral with confidence 0', () => {
    expect(analyzeSentiment('质量很好', none)).toEqual({ label: 'neutral', score: 0, confidence: 0, language: 'zh' });
  });

  it('scores only the English part of mixed text', () => {
    const result = analyzeSentiment('质量很好，物流也很快。But the battery is terrible and died.', none);
    expect(result.language).toBe('mixed');
    expect(result.score).toBeLessThan(0);
  });

  it('gives other languages no opinion', () => {
    expect(analyzeSentiment('この商品はとても良いです', none)).toMatchObject({ label: 'neutral', confidence: 0, language: 'other' });
  });
});

describe('analyzeSentiment with a Chinese model trained on fixtures', () => {
  const models = fixtureZhModel();

  it.each([
    ['质量很好', 'positive'],
    ['質量很好', 'positive'],
    ['质量不好', 'negative'],
    ['不是很好', 'negative'],
  ])('%s → %s', (text, label) => {
    const result = analyzeSentiment(text, models);
    expect(result.label).toBe(label);
    expect(result.confidence).toBeGreaterThan(0);
  });

  it('labels mixed text whose parts disagree as mixed', () => {
    const result = analyzeSentiment('质量很好，非常满意。But the battery is terrible, awful and it died after two days.', models);
    expect(result).toMatchObject({ label: 'mixed', language: 'mixed' });
  });

  it('keeps scores in -1..1 and is deterministic', () => {
    const first = analyzeSentiment('好评返现', models);
    expect(analyzeSentiment('好评返现', models)).toEqual(first);
    expect(Math.abs(first.score)).toBeLessThanOrEqual(1);
    expect(first.language).toBe('zh');
  });
});
