import { expandContractions } from '../text/contractions.js';
import { tokenizeEnglishRaw } from '../text/tokenize-english.js';

import { rewriteEnglishProductCues } from './product-cues.js';

function rewrite(text: string): string {
  return rewriteEnglishProductCues(expandContractions(tokenizeEnglishRaw(text))).join(' ');
}

describe('rewriteEnglishProductCues', () => {
  it.each([
    ['Pitched in ten minutes, dry all night.', 'easy , satisfied all night .'],
    ['Set it up in a few minutes.', 'easy .'],
    ['Installed in 10 minutes.', 'easy .'],
    ['Pairs within seconds', 'easy'],
    ['Kept us dry through a storm.', 'kept us satisfied .'],
    ['Stayed dry in heavy rain, great tent.', 'stayed satisfied , great tent .'],
  ])('%s → %s', (text, expected) => {
    expect(rewrite(text)).toBe(expected);
  });

  it.each([
    'Stopped working after ten minutes.',
    'The movie runs in 90 minutes.',
    'My skin felt dry all night.',
    'The cake was dry.',
    'Set in Paris in the 1920s.',
  ])('leaves %s as it is', (text) => {
    expect(rewrite(text)).toBe(tokenizeEnglishRaw(text).join(' '));
  });
});
