import { tagAspects } from './tag-aspects.js';

describe('tagAspects', () => {
  const lexicons = { quality: ['质量', 'quality', 'build'], logistics: ['物流', '快递', 'shipping'], price: ['价格', 'price'], authenticity: [] };
  it.each([
    ['质量很好物流很快', ['quality', 'logistics']],
    ['shipping was fast the price is fair', ['logistics', 'price']],
    ['rebuild priceless', []],
    ['价格实惠 quality ok 快递', ['quality', 'logistics', 'price']],
    ['', []],
  ])('%j → %j (in lexicon order)', (normalized, expected) => {
    expect(tagAspects(normalized, lexicons)).toEqual(expected);
  });
});
