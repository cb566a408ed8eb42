import fc from 'fast-check';

import { createRandom } from '../../../../scripts/lib/evaluation/prng.js';
import { type LinearModel, linearScore } from '../text/linear-model.js';
import { chineseSentimentScore, extractChineseSentimentFeatures } from './chinese-sentiment-features.js';

function randomModel(bits: number, seed: number): LinearModel {
  const random = createRandom(seed);
  const weights = Float32Array.from({ length: 1 << bits }, () => random() * 2 - 1);
  return { bits, bias: 0.125, weights, denseWeights: [], denseMean: [], denseScale: [] };
}

describe('chineseSentimentScore', () => {
  const model = randomModel(12, 7);

  it.each(['', '好', '质量很好，物流很快', '質量不好！！', '不是很满意 but ok 👍', '𠮷野家'])('%j equals linearScore of the extracted features', (text) => {
    expect(chineseSentimentScore(model, text)).toBe(linearScore(model, extractChineseSentimentFeatures(text)));
  });

  it('is bit-identical to linearScore of the extracted features on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'质量很好不差評价物流快，。 a1𠮷'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(chineseSentimentScore(model, text)).toBe(linearScore(model, extractChineseSentimentFeatures(text)));
      }),
    );
  });
});
