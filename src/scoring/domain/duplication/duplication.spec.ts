import fc from 'fast-check';

import { exactHash, fnv1a32, fnv1a64 } from './exact-hash.js';
import { estimateJaccard, LSH_BANDS, LSH_ROWS, lshBandHashes, lshBandKeys, minhashSignature, shingleIds } from './minhash.js';
import { foldedToNormalized, foldText, normalizeFolded, normalizeText, textUnits } from './normalize-text.js';

/** The regex definitions the scanners replace. */
const reference = {
  foldedToNormalized: (folded: string): string =>
    folded.replace(/[\p{P}\p{S}\p{C}]+/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, ''),
  textUnits: (normalized: string): string[] => normalized.match(/\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu) ?? [],
};

/** Characters from every class the scanners distinguish: Han (BMP and astral), Latin, digits, marks, punctuation, spaces, controls, surrogates. */
const TRICKY = [...'好評返现乾淨𠮷𡈽〇々aZé1２ｘ \t\n\u3000\u00a0\u200b\u0301!！，。.、…—"\'\u0000\u2028👍€$@#-_'].concat(['\ud800', '\udc00']);
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((chars) => chars.join(''));

describe('normalizeText', () => {
  it.each([
    ['全角ＡＢＣ１２３', '全角abc123'],
    ['好評返現！！', '好评返现'],
    ['好 评 返 现', '好评返现'],
    ['  Great   product!!! ', 'great product'],
    ['质量很好，物流很快。', '质量很好物流很快'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('scanners match the regex definitions on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(foldedToNormalized(text)).toBe(reference.foldedToNormalized(text));
        expect(textUnits(text)).toEqual(reference.textUnits(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('normalizeFolded equals normalising the folded text again', () => {
    const refoldable = fc.constantFrom('乾清宮', '乾隆', 'H\u0331', 'T\u0308', 'İ', 'Σ', 'é', 'ＡＢＣ', '頭髮乾了', 'ok');
    fc.assert(
      fc.property(fc.array(fc.oneof(refoldable, fc.constantFrom(...TRICKY)), { maxLength: 20 }), (parts) => {
        const folded = foldText(parts.join(''));
        expect(normalizeFolded(folded, foldedToNormalized(folded))).toBe(normalizeText(folded));
      }),
      { numRuns: 2000 },
    );
  });

  it('splits Han characters and Latin words into units', () => {
    expect(textUnits(normalizeText('用了10天 battery ok'))).toEqual(['用', '了', '10', '天', 'battery', 'ok']);
  });
});

describe('hashes', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('fnv1a64(%j) = %s (reference vectors)', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });

  it('exactHash ignores trivial differences', () => {
    expect(exactHash('好評返現，很好！')).toBe(exactHash('好评返现 很好'));
    expect(exactHash('很好')).not.toBe(exactHash('很差'));
  });
});

describe('MinHash + LSH', () => {
  const base = '给孩子买的，尺码很标准，而且续航挺给力，用了12天，颜色很正，包装严实，已经推荐给同事了。';
  const cases: { name: string; other: string; min: number; max: number }[] = [
    { name: 'identical text', other: base, min: 1, max: 1 },
    { name: 'one word swapped', other: base.replace('很标准', '非常标准'), min: 0.7, max: 0.99 },
    { name: 'traditional characters + punctuation', other: '給孩子買的 尺碼很標準 而且續航挺給力 用了12天 顏色很正 包裝嚴實 已經推薦給同事了', min: 1, max: 1 },
    { name: 'unrelated text', other: 'The battery died after two days and support never answered.', min: 0, max: 0.1 },
  ];

  it.each(cases)('$name', ({ other, min, max }) => {
    const j = estimateJaccard(minhashSignature(base), minhashSignature(other));
    expect(j).toBeGreaterThanOrEqual(min);
    expect(j).toBeLessThanOrEqual(max);
  });

  it('shingle ids and band hashes equal hashing the joined strings (stored values must not change)', () => {
    const joinedShingles = (text: string): number[] => {
      const units = textUnits(normalizeText(text));
      if (units.length < 3) return units.length === 0 ? [] : [fnv1a32(units.join(' '))];
      return [...new Set(units.slice(2).map((_, i) => fnv1a32(units.slice(i, i + 3).join(' '))))];
    };
    const joinedBands = (signature: Uint32Array, seed: number): number[] =>
      Array.from({ length: LSH_BANDS }, (_, band) =>
        fnv1a32(Array.from(signature.subarray(band * LSH_ROWS, (band + 1) * LSH_ROWS), (r) => r.toString(36)).join('.'), seed),
      );
    fc.assert(
      fc.property(trickyText, fc.array(fc.nat(), { minLength: 128, maxLength: 128 }), (text, rows) => {
        expect(Array.from(shingleIds(text))).toEqual(joinedShingles(text));
        const signature = Uint32Array.from(rows, (r, i) => (i % 5 === 0 ? 0xffffffff : i % 7 === 0 ? 0 : r * 2654435761));
        for (const seed of [0x811c9dc5, 0x01234567]) expect(Array.from(lshBandHashes(signature, seed))).toEqual(joinedBands(signature, seed));
      }),
      { numRuns: 500 },
    );
  });

  it('uses 3-character shingles for Chinese and 3-word shingles for English', () => {
    expect(shingleIds('一二三四').length).toBe(2);
    expect(shingleIds('one two three four five').length).toBe(3);
  });

  it('near-copies share at least one band key; unrelated texts share none', () => {
    const keys = new Set(lshBandKeys(minhashSignature(base)));
    expect(lshBandKeys(minhashSignature(base.replace('很正', '挺正'))).some((k) => keys.has(k))).toBe(true);
    expect(lshBandKeys(minhashSignature('物流慢，包装破损，客服不理人，不会再买了')).some((k) => keys.has(k))).toBe(false);
    expect(lshBandKeys(minhashSignature(base))).toHaveLength(32);
  });
});
