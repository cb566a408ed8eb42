import { testRuleSet } from '../../../../test/fixtures/scoring/rule-set.fixture.js';
import { detectPolicyViolations } from './policy-violations.js';
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
    // The contact matcher reply screening uses too (contact/find-contact-details.ts): formats reviews missed before.
    ['身份证号110101199003071234', ['personal_data:ID number 110****34']],
    ['SSN 123-45-6789 is on the form', ['personal_data:ID number 123****89']],
    ['call the seller at 415-555-0134', ['personal_data:phone 415****34']],
    ['text five five five one two three four five six seven', ['contact_solicitation:number spelled out fiv****en']],
    ['店主电话一三八一二三四五六七八', ['contact_solicitation:number spelled out 一三八****七八']],
    ['call 0 7 7 0 0 9 0 0 1 2 3 for the real price', ['contact_solicitation:number spelled out 077****23']],
    ['write to anna at gmail dot com', ['contact_solicitation:email spelled out ann****om']],
    ['用了三天，第二次买了，五星', []],
    ['version 3.2.1 fixed it, 5 stars', []],
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
