import { tokenizeEnglish } from '../text/tokenize-english.js';

import { scoreEnglishLexicon } from './score-english-lexicon.js';

const score = (text: string): number => scoreEnglishLexicon(tokenizeEnglish(text)).total;

describe('scoreEnglishLexicon', () => {
  it.each([
    ['good', 'positive'],
    ['not good', 'negative'],
    ["it isn't good", 'negative'],
    ['not bad', 'positive'],
    ['never again', 'negative'],
    ['would not recommend', 'negative'],
    ['no problems at all', 'positive'],
    ['it does not work', 'negative'],
    ['the box is blue', 'neutral'],
  ])('%s → %s', (text, expected) => {
    const total = score(text);
    const label = total > 0 ? 'positive' : total < 0 ? 'negative' : 'neutral';
    expect(label).toBe(expected);
  });

  it('makes "not bad" only mildly positive and "not good" clearly negative', () => {
    expect(score('not bad')).toBeLessThan(score('good') / 2);
    expect(score('not good')).toBeLessThan(-score('not bad'));
  });

  it('ends the negation scope at punctuation and after three tokens', () => {
    expect(score('not at all, it is good')).toBe(score('good'));
    expect(score('not one of the two is good')).toBe(score('good'));
  });

  it('applies intensifiers and downtoners to the next sentiment word', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('slightly disappointing')).toBeGreaterThan(score('disappointing'));
    expect(score('not very good')).toBeLessThan(score('not good'));
  });

  it('weights the clause after "but" more than the one before', () => {
    expect(score('The screen is great but the battery is terrible')).toBeLessThan(0);
    expect(score('The battery is terrible but the screen is great')).toBeGreaterThan(0);
  });

  it('treats "like" after "looks" as a preposition', () => {
    expect(score('it looks like plastic')).toBe(0);
  });

  it('squashes the total into -1..1', () => {
    const result = scoreEnglishLexicon(tokenizeEnglish('amazing amazing amazing wonderful'));
    expect(result.normalized).toBeGreaterThan(0.9);
    expect(result.normalized).toBeLessThan(1);
  });
});
