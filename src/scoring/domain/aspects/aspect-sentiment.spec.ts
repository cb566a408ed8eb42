import { analyzeAspects } from './aspect-sentiment.js';
import { splitClauses } from './split-clauses.js';

const LEXICONS = {
  quality: ['质量', 'quality'],
  logistics: ['物流', 'shipping'],
  size_fit: ['尺码', 'runs small'],
};

/** A stand-in clause scorer: the words decide, so the spec pins the aspect logic, not a model. */
function wordScorer(clause: string): number {
  if (/很好|很快|great|fast/u.test(clause)) return 0.8;
  if (/太差|太慢|terrible|slow/u.test(clause)) return -0.8;
  return 0;
}

describe('splitClauses', () => {
  it('cuts at punctuation and before contrast words, with offsets into the text', () => {
    const text = '物流很快，但是质量太差。Shipping was fast but quality is terrible.';
    expect(splitClauses(text).map((c) => text.slice(c.start, c.end))).toEqual([
      '物流很快',
      '但是质量太差',
      'Shipping was fast',
      'but quality is terrible',
    ]);
  });
});

describe('analyzeAspects', () => {
  it('gives each aspect the polarity of its own clause, with the evidence span', () => {
    const text = '物流很快，但是质量太差';
    expect(analyzeAspects(text, LEXICONS, wordScorer)).toEqual([
      { aspect: 'quality', polarity: 'negative', evidence: { start: 5, end: 11, text: '但是质量太差' } },
      { aspect: 'logistics', polarity: 'positive', evidence: { start: 0, end: 4, text: '物流很快' } },
    ]);
  });

  it('borrows the next clause when the aspect clause states no opinion', () => {
    const text = 'About the shipping, it was fast.';
    const [aspect] = analyzeAspects(text, LEXICONS, wordScorer);
    expect(aspect).toEqual({ aspect: 'logistics', polarity: 'positive', evidence: { start: 0, end: 31, text: 'About the shipping, it was fast' } });
  });

  it('matches case-insensitively and traditional characters, keeping offsets into the original', () => {
    const text = 'Great! QUALITY is great. 質量很好';
    const result = analyzeAspects(text, LEXICONS, wordScorer);
    expect(result).toHaveLength(1);
    const { evidence } = result[0];
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(result[0].polarity).toBe('positive');
  });

  it('reports an aspect without opinion as neutral, and nothing when no aspect is named', () => {
    expect(analyzeAspects('尺码', LEXICONS, wordScorer)).toEqual([
      { aspect: 'size_fit', polarity: 'neutral', evidence: { start: 0, end: 2, text: '尺码' } },
    ]);
    expect(analyzeAspects('Great product!', LEXICONS, wordScorer)).toEqual([]);
  });
});

describe('analyzeAspects, aspect names', () => {
  const lexicons = { quality: ['质量', 'quality', 'build'], logistics: ['物流', '快递', 'shipping'], price: ['价格', 'price'], authenticity: [] };
  it.each([
    ['质量很好物流很快', ['quality', 'logistics']],
    ['shipping was fast, the price is fair', ['logistics', 'price']],
    ['rebuild priceless', []],
    ['价格实惠 quality ok 快递', ['quality', 'logistics', 'price']],
    ['', []],
  ])('%j names %j (in lexicon order, whole words only)', (text, expected) => {
    expect(analyzeAspects(text, lexicons, () => 0).map((a) => a.aspect)).toEqual(expected);
  });
});
