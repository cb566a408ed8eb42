import { verdictAfterHumanDecision } from './after-human-decision.js';

describe('verdictAfterHumanDecision', () => {
  it.each([
    ['publish', 'request_edit', 'hold', true], ['publish', 'remove', 'hold', true], ['publish', 'appeal_uphold', 'hold', true],
    ['hold', 'hide', 'hold', true], ['withhold', 'fold', 'withhold', false],
    ['publish', 'approve', 'publish', false], ['publish', 'appeal_overturn', 'publish', false], ['publish', null, 'publish', false],
    ['hold', undefined, 'hold', false],
  ] as const)('%s after %s → %s (held for a human: %s)', (verdict, last, expected, heldForHuman) => {
    expect(verdictAfterHumanDecision(verdict, last)).toEqual({ verdict: expected, heldForHuman });
  });
});
