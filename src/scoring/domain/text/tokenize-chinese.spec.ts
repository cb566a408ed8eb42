import { normalizeText, toSimplifiedChinese } from './normalize-text.js';
import { chineseCodePoints, chineseNgrams, pushChineseNgramHashes } from './tokenize-chinese.js';

describe('Chinese tokenising', () => {
  it('builds character 1..n-grams over code points, ignoring whitespace', () => {
    expect(chineseNgrams('不 好', 2)).toEqual(['不', '好', '不好']);
    expect(chineseNgrams('𠀀好', 2)).toEqual(['𠀀', '好', '𠀀好']);
  });

  it('hashes exactly one feature per n-gram', () => {
    const hashes: number[] = [];
    pushChineseNgramHashes(chineseCodePoints('质量很好'), 3, 7, hashes);
    expect(hashes).toHaveLength(4 + 3 + 2);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe('normalisation', () => {
  it.each([
    ['質量很好，這個東西不錯', '质量很好，这个东西不错'],
    ['质量很好', '质量很好'],
  ])('toSimplifiedChinese(%s)', (input, expected) => {
    expect(toSimplifiedChinese(input)).toBe(expected);
  });

  it('folds full-width forms and case', () => {
    expect(normalizeText('ＡＢＣ１２３ Good')).toBe('abc123 good');
  });
});
