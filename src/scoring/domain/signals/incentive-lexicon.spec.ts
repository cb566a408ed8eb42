import { loadRuleSet, type RuleSet } from '../../rules.loader.js';
import { normalizeText } from '../duplication/normalize-text.js';
import { detectIncentive, type IncentiveStatus } from './incentive-language.js';

/** The shipped lexicons (moderation-rules/lexicons/incentive.*.yaml), not the test fixture: phrasings issue 15 found missed. */
describe('incentive lexicons as shipped', () => {
  let rules: RuleSet;
  beforeAll(async () => {
    rules = await loadRuleSet();
  });

  it.each<[string, IncentiveStatus]>([
    ['Got this free for an honest review. Works fine so far.', 'incentivised'],
    ['The seller refunds you after review, so I bought two.', 'incentivised'],
    ['Received it in return for my honest review.', 'incentivised'],
    ['卖家说好评返款，所以给了五星', 'incentivised'],
    ['I paid full price and nobody gave me anything for this review.', 'none'],
    ['Great value, arrived free of scratches.', 'none'],
  ])('%s → %s', (text, status) => {
    expect(detectIncentive(normalizeText(text), rules.lexicons.incentive).status).toBe(status);
  });
});
