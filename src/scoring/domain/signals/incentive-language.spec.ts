import { NOW, fakeAnalyzer, makeContext, makeItem } from '../../../../test/fixtures/scoring/scoring.fixture.js';
import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { buildTextFeatures } from '../score-item.js';
import { detectIncentive, incentiveUndisclosedSignal, type IncentiveStatus } from './incentive-language.js';

const rules = testRuleSet();

describe('detectIncentive', () => {
  it.each<[string, IncentiveStatus]>([
    ['五星好评返现5元，很划算', 'incentivised'],
    ['好評返現，東西不錯', 'incentivised'],
    ['好 评 返 现', 'incentivised'],
    ['晒图返10元', 'incentivised'],
    ['商家要求好评返现，太恶心', 'complaint'],
    ['客服让我好评返现，已举报', 'complaint'],
    ['没有好评返现，真实评价', 'negated'],
    ['不是为了好评返现才夸的', 'negated'],
    ['I received this product for free in exchange for my honest review.', 'incentivised'],
    ['Got a discount in exchange for this review', 'incentivised'],
    ['I did not receive this product for free.', 'none'],
    ["I didn't get a discount in exchange for anything", 'negated'],
    ['The seller asked me to write it in exchange for my honest review and a refund. I will report them.', 'complaint'],
    ['质量很好，物流很快', 'none'],
  ])('%s → %s', (text, status) => {
    expect(detectIncentive(text.toLowerCase(), rules.lexicons.incentive).status).toBe(status);
  });
});

describe('incentiveUndisclosedSignal', () => {
  it.each([
    { body: '五星好评返现5元', incentivized: false, value: 1 },
    { body: '五星好评返现5元', incentivized: true, value: 0 },
    { body: '商家要求好评返现，太恶心', incentivized: false, value: 0 },
  ])('$body (labelled: $incentivized) → $value', ({ body, incentivized, value }) => {
    const item = makeItem({ body, incentivized });
    const signal = incentiveUndisclosedSignal({ item, context: makeContext(), rules, text: buildTextFeatures(item, fakeAnalyzer()), now: NOW });
    expect(signal.value).toBe(value);
    expect(signal.reason.length).toBeGreaterThan(0);
  });
});
