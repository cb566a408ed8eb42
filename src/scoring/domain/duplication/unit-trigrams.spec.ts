import fc from 'fast-check';

import { countDistinctTrigrams } from './unit-trigrams.js';

describe('countDistinctTrigrams', () => {
  it.each([
    [[], 0],
    [['好', '评'], 0],
    [['好', '评', '好'], 1],
    [['好', '评', '好', '评', '好', '评'], 2],
    [['very', 'good', 'very', 'good', 'very', 'good', 'very'], 2],
    [['a', 'b', 'c', 'd', 'e'], 3],
    [['ab', 'c', 'd', 'a', 'bc', 'd'], 4],
  ])('%j → %d', (units, expected) => {
    expect(countDistinctTrigrams(units)).toBe(expected);
  });

  it('equals the number of distinct joined trigrams', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'ab', '好', '评', '1'), { maxLength: 30 }), (units) => {
        const joined = new Set(units.slice(2).map((_, i) => units.slice(i, i + 3).join('\u0001')));
        expect(countDistinctTrigrams(units)).toBe(joined.size);
      }),
    );
  });
});
