import { detectLanguage } from './detect-language.js';
import { splitByScript } from './split-by-script.js';

describe('detectLanguage', () => {
  it.each([
    ['This phone is great, battery lasts two days.', 'en'],
    ['质量很好，物流很快', 'zh'],
    ['質量很好', 'zh'],
    ['iPhone很好用', 'zh'],
    ['Great phone 好', 'en'],
    ['质量很好，物流也很快。But the battery is terrible.', 'mixed'],
    ['この商品はとても良いです', 'other'],
    ['Отличный товар, рекомендую', 'other'],
    ['', 'other'],
    ['12345 !!!', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('splitByScript', () => {
  it('splits Chinese and Latin runs, keeping punctuation with the run it follows', () => {
    expect(splitByScript('很好! great!! 不错')).toEqual([
      { script: 'zh', text: '很好! ' },
      { script: 'en', text: 'great!! ' },
      { script: 'zh', text: '不错' },
    ]);
  });
});
