import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { detectPolicyViolations, isValidChineseIdNumber } from './policy-violations.js';
import { routeItem } from './route-item.js';
import { foldedToNormalized, foldText } from '../duplication/normalize-text.js';

const rules = testRuleSet();

function violations(text: string): string[] {
  const folded = foldText(text);
  return detectPolicyViolations(folded, foldedToNormalized(folded), rules.lexicons, rules.policy.allowedDomains).map((v) => `${v.kind}:${v.evidence}`);
}

describe('detectPolicyViolations', () => {
  it.each([
    ['有问题打我电话13812345678', ['personal_data:phone 138****78']],
    ['电话 138-1234-5678', ['personal_data:phone 138****78']],
    ['全角号码１３８１２３４５６７８', ['personal_data:phone 138****78']],
    ['order 20231123456789012345 arrived', []],
    ['email me at someone@example.com', ['personal_data:email som****om']],
    ['身份证11010519491231002X', ['personal_data:ID number 110****2x']],
    ['订单号110105194912310021', []],
    ['cheaper at https://othershop.com/deal', ['spam_link:othershop.com']],
    ['go to www.cheap-deals.shop now', ['spam_link:www.cheap-deals.shop']],
    ['see help.candor.example/returns', []],
    ['加微信领红包', ['contact_solicitation:加微信']],
    ['老板你等着，弄死你', ['abuse:弄死你']],
    ['质量太垃圾了，差评', []],
    ['This is terrible garbage', []],
  ])('%s', (text, expected) => {
    expect(violations(text)).toEqual(expected);
  });

  it('validates ID-card checksums', () => {
    expect(isValidChineseIdNumber('11010519491231002X')).toBe(true);
    expect(isValidChineseIdNumber('110105194912310021')).toBe(false);
  });
});

describe('routeItem', () => {
  const signal = (id: 'incentive_undisclosed' | 'near_duplicate', value: number) => ({ id, value, reason: id });
  it.each([
    { name: 'policy violation wins over everything', violations: [{ kind: 'personal_data' as const, evidence: 'x' }], signals: [signal('incentive_undisclosed', 1)], fakeScore: 0.99, verdict: 'withhold', phase: 'policy' },
    { name: 'high-severity signal holds', violations: [], signals: [signal('incentive_undisclosed', 1)], fakeScore: 0, verdict: 'hold', phase: 'severe' },
    { name: 'fake score at threshold holds', violations: [], signals: [], fakeScore: 0.6, verdict: 'hold', phase: 'score' },
    { name: 'below threshold publishes', violations: [], signals: [signal('near_duplicate', 0.79)], fakeScore: 0.59, verdict: 'publish', phase: 'publish' },
  ])('$name', ({ violations: v, signals, fakeScore, verdict, phase }) => {
    const decision = routeItem({ violations: v, signals, fakeScore }, rules);
    expect(decision.verdict).toBe(verdict);
    expect(decision.phaseId).toBe(phase);
  });
});
