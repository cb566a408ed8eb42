import fc from 'fast-check';

import { phraseIndexes } from '../signals/phrase-match.js';
import { PhraseMatcher } from './phrase-matcher.js';

/** One indexOf scan per phrase: what the matcher must agree with. */
function reference(text: string, lexicon: readonly string[]): { count: number; matched: boolean[] } {
  const hits = lexicon.map((phrase) => phraseIndexes(text, phrase).length);
  return { count: hits.reduce((a, b) => a + b, 0), matched: hits.map((n) => n > 0) };
}

describe('PhraseMatcher', () => {
  const lexicon = ['好评返现', '返现', 'no', 'not', 'not bad', 'i', '我', 'ok', '返现'];
  it.each([
    ['五星好评返现', 3, ['好评返现', '返现', '返现']],
    ['i know it is not bad', 3, ['not', 'not bad', 'i']],
    ['no', 1, ['no']],
    ['nothing okay', 0, []],
    ['我我i', 2, ['我']],
    ['', 0, []],
  ])('%j: %d occurrence(s) of %j', (text, count, matched) => {
    const matcher = new PhraseMatcher(lexicon);
    expect(matcher.count(text)).toBe(count);
    expect(lexicon.filter((_, i) => matcher.matchedIndexes(text)[i])).toEqual(matched);
    expect(matcher.matchesAny(text)).toBe(count > 0);
  });

  it('agrees with per-phrase matching on arbitrary texts and lexicons', () => {
    const unit = fc.constantFrom(...'ab 好评返现x1é𠮷'.split(''), '\ud842', ' ');
    const phrase = fc.array(unit, { minLength: 0, maxLength: 4 }).map((u) => u.join(''));
    const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 8 }), text, (phrases, body) => {
        const matcher = new PhraseMatcher(phrases);
        const expected = reference(body, phrases);
        expect(matcher.count(body)).toBe(expected.count);
        expect(matcher.matchedIndexes(body)).toEqual(expected.matched);
        expect(matcher.matchesAny(body)).toBe(expected.count > 0);
        const substrings = phrases.some((p) => p.length > 0 && body.includes(p));
        expect(matcher.matchesAny(body, true)).toBe(substrings);
      }),
      { numRuns: 3000 },
    );
  });
});
