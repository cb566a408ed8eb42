import fc from 'fast-check';
import { Locale } from 'opencc-js/t2cn';

import { simplifyHanText, traditionalToSimplified } from './simplified-chinese.js';

const t2s = (Locale.configs as Record<string, { normalizationChain: string[][]; conversionChain: string[][] }>).t2s;
const dictionaryKeys = [...t2s.normalizationChain, ...t2s.conversionChain]
  .flat()
  .flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0]) : (dict as [string, string][]).map(([key]) => key)));

/** What the fast path must equal: opencc on text with a Han character, the text itself otherwise. */
function reference(text: string): string {
  return /\p{Script=Han}/u.test(text) ? traditionalToSimplified(text) : text;
}

describe('simplifyHanText', () => {
  it.each([
    ['質量很好，物流很快', '质量很好，物流很快'],
    ['头发干了', '头发干了'],
    ['頭髮乾了', '头发干了'],
    ['latin then 乾', 'latin then 干'],
    ['plain ascii', 'plain ascii'],
  ])('%s → %s', (input, expected) => {
    expect(simplifyHanText(input)).toBe(expected);
  });

  it('equals opencc on every dictionary entry, alone and in context', () => {
    for (const key of dictionaryKeys) {
      for (const text of [key, `好${key}了`, `${key}${key}`]) expect(simplifyHanText(text)).toBe(reference(text));
    }
  });

  it('equals opencc on every character of the main CJK blocks', () => {
    for (let cp = 0x3400; cp <= 0x9fff; cp++) {
      const ch = String.fromCharCode(cp);
      expect(simplifyHanText(ch + ch)).toBe(reference(ch + ch));
    }
  });

  it('equals opencc on arbitrary mixes of traditional and simplified text', () => {
    const chars = [...'質量很好头发乾干了著名着急後后台臺颱風发髮一干二淨𠮷 ab,。'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (list) => {
        const text = list.join('');
        expect(simplifyHanText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals opencc on text holding the opening characters of longer entries without the rest', () => {
    const longer = dictionaryKeys.filter((key) => [...key].length > 1);
    const chars = [...new Set(longer.flatMap((key) => [...key].slice(0, 2))), ...'流有想的了好 ,'];
    for (const key of longer) {
      const cps = [...key];
      for (let cut = 1; cut < cps.length; cut++) {
        const prefix = cps.slice(0, cut).join('');
        for (const text of [prefix, `好${prefix}了`, `${prefix}${cps[0]}`]) expect(simplifyHanText(text)).toBe(reference(text));
      }
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (list) => {
        const text = list.join('');
        expect(simplifyHanText(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
