import { tokenizeEnglish } from './tokenize-english.js';

describe('tokenizeEnglish', () => {
  it.each([
    ["I don't like it", ['i', 'do', 'not', 'like', 'it']],
    ['I don’t like it', ['i', 'do', 'not', 'like', 'it']],
    ['dont buy', ['do', 'not', 'buy']],
    ["can't won't isn't", ['can', 'not', 'will', 'not', 'is', 'not']],
    ["it's we're I've they'll I'd I'm", ['it', 'is', 'we', 'are', 'i', 'have', 'they', 'will', 'i', 'would', 'i', 'am']],
    ["the seller's box", ['the', 'seller', 'box']],
    ['Great!! Works, mostly.', ['great', '!', '!', 'works', ',', 'mostly', '.']],
    ['ＧＲＥＡＴ phone', ['great', 'phone']],
  ])('%s', (text, expected) => {
    expect(tokenizeEnglish(text)).toEqual(expected);
  });

  it('keeps contractions when asked (stylometric features)', () => {
    expect(tokenizeEnglish("I don't know", { expandContractions: false })).toEqual(['i', "don't", 'know']);
  });
});
