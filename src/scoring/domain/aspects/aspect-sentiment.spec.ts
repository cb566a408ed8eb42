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

  it('cuts exactly where the defining regexes do, on edge cases and random mixes', () => {
    const pieces = ['但是', '不过', '可是', '但', '却', '不', '可', 'but', 'But', 'BUT', 'however', 'although', 'though', 'tho', 'butter', 'ſ', 'K', '_but', '9though',
      '。', '！', '？', '!', '?', '；', ';', '，', ',', '、', '\n', '.', '. ', '.\n', '.\u3000', '.x', ' ', '\u00a0', '\t', '质量', 'quality', 'a', 'é', '😀', '\ud800'];
    const cases = ['', '.', '. ', '但', 'but', 'however,but.though', '质量很好但是物流太慢', 'a.b. c.\n但 可是,不过;却'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      cases.push(text);
    }
    for (const text of cases) expect(splitClauses(text)).toEqual(regexClauses(text));
  });
});

/** The regex definition the single-pass splitter replaced (kept here as the reference). */
function regexClauses(text: string): { start: number; end: number }[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(/[。！？!?；;，,、\n]|\.(?:\s|$)/gu)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(/但是|不过|可是|但|却|\b(?:but|however|although|though)\b/giu)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const clauses: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let start = sorted[i];
    let end = sorted[i + 1];
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /[\s。！？!?；;，,、.]/u.test(text[end - 1])) end--;
    if (end > start) clauses.push({ start, end });
  }
  return clauses;
}

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
