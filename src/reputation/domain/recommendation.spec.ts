import { netPromoterScore, recommends } from './recommendation.js';

describe('recommends', () => {
  it.each([
    [null, 'Highly recommend this kettle', true],
    [null, 'I would not recommend it', false],
    [null, "Don't recommend, broke in a week", false],
    [null, 'Wouldn’t buy it again', false],
    [null, 'Will definitely buy again', true],
    [null, '质量很好，推荐购买', true],
    [null, '不推荐，做工差', false],
    [null, '不会回购了', false],
    [null, '已经回购三次', true],
    [null, 'Arrived on time', null],
    [false, 'I recommend the colour', false],
    [true, 'meh', true],
  ])('explicit %p, text %p → %p', (explicit, text, expected) => {
    expect(recommends(explicit, text)).toBe(expected);
  });
});

describe('netPromoterScore', () => {
  it.each([
    [{ promoters: 0, passives: 0, detractors: 0 }, null],
    [{ promoters: 2, passives: 1, detractors: 1 }, 25],
    [{ promoters: 0, passives: 0, detractors: 3 }, -100],
    // (1 − 2) ÷ 3 × 100 = −33.33
    [{ promoters: 1, passives: 0, detractors: 2 }, -33.33],
  ])('%p → %p', (counts, expected) => {
    expect(netPromoterScore(counts)).toBe(expected);
  });
});
