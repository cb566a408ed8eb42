import { STYLOMETRY_FEATURES, computeStylometry } from './stylometry.js';
import { hashString } from './feature-hash.js';
import { tokenizeEnglishRaw } from './tokenize-english.js';

function stylometry(text: string): Record<string, number> {
  const tokens = tokenizeEnglishRaw(text);
  const values = computeStylometry(text, tokens, tokens.map((t) => hashString(t)));
  return Object.fromEntries(STYLOMETRY_FEATURES.map((name, i) => [name, values[i]]));
}

describe('computeStylometry', () => {
  it('measures first-person use, digits and punctuation per word', () => {
    const s = stylometry('I loved my room 1412. We will return!');
    expect(s.firstPersonSingular).toBeCloseTo(2 / 8);
    expect(s.firstPersonPlural).toBeCloseTo(1 / 8);
    expect(s.digitTokens).toBeCloseTo(1 / 8);
    expect(s.exclamationRate).toBeCloseTo(1 / 8);
    expect(s.endsWithTerminal).toBe(1);
  });

  it('flags a text cut off mid-sentence and repeated bigrams', () => {
    const s = stylometry('it is good and it is good and it is');
    expect(s.endsWithTerminal).toBe(0);
    expect(s.repeatedBigrams).toBeGreaterThan(0.4);
  });
});
