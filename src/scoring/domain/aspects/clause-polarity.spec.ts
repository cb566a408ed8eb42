import { clausePolarity } from './clause-polarity.js';

describe('clausePolarity', () => {
  it.each<[string, 'positive' | 'negative' | 'none']>([
    ['物流很快', 'positive'],
    ['快递太慢了', 'negative'], // 快递 is not 快
    ['价格不贵', 'positive'],
    ['质量不错', 'positive'], // 不错 read whole, not 不 + 错
    ['没有异味', 'positive'],
    ['一直没收到', 'negative'], // a negator with nothing to negate is a complaint
    ['不过尺码偏大', 'none'], // 不过 is a contrast word, not a negator
    ['not bad at all', 'positive'],
    ["the seller didn't help", 'negative'],
    ['never arrived', 'negative'],
    ['no problems with the quality', 'positive'],
    ['shipping was fast and friendly', 'positive'],
    ['about the size', 'none'],
  ])('%j → %s', (clause, expected) => {
    const value = clausePolarity(clause);
    expect(value > 0 ? 'positive' : value < 0 ? 'negative' : 'none').toBe(expected);
  });
});
