import { buildAutomationAccuracy } from './automation-accuracy.js';

const none = { p50: null, p90: null };

describe('buildAutomationAccuracy', () => {
  const result = buildAutomationAccuracy({
    mix: [
      { action: 'hold', automated: true, count: 10 }, { action: 'publish', automated: true, count: 5 },
      { action: 'approve', automated: false, count: 6 }, { action: 'remove', automated: false, count: 3 },
    ],
    decidedHolds: [
      { leadingSignal: 'incentive', ruleSetVersion: 'v1', outcome: 'approved', count: 4 },
      { leadingSignal: 'incentive', ruleSetVersion: 'v1', outcome: 'upheld', count: 1 },
      { leadingSignal: 'incentive', ruleSetVersion: 'v2', outcome: 'approved', count: 2 },
      { leadingSignal: 'near_duplicate', ruleSetVersion: 'v2', outcome: 'upheld', count: 2 },
      { leadingSignal: null, ruleSetVersion: null, outcome: 'upheld', count: 1 },
    ],
    holdToDecision: { p50: 90, p90: 3600 },
    receiptToDecision: { p50: 100, p90: null },
  });

  it('splits the decision mix per action into automated and human, actions by name', () => {
    expect(result.decisionMix).toEqual({
      total: 24, automated: 15, human: 9,
      byAction: [
        { action: 'approve', automated: 0, human: 6, total: 6 }, { action: 'hold', automated: 10, human: 0, total: 10 },
        { action: 'publish', automated: 5, human: 0, total: 5 }, { action: 'remove', automated: 0, human: 3, total: 3 },
      ],
    });
  });

  it('rates automated holds overall: 6 approved of 10 decided', () => {
    const { bySignal: _s, byRuleSetVersion: _v, ...overall } = result.automatedHolds;
    expect(overall).toEqual({ decided: 10, approved: 6, upheld: 4, approvalRate: 0.6 });
  });

  it('rates per leading signal, most decided first, missing signal as unknown', () => {
    expect(result.automatedHolds.bySignal).toEqual([
      { signal: 'incentive', decided: 7, approved: 6, upheld: 1, approvalRate: 0.857 },
      { signal: 'near_duplicate', decided: 2, approved: 0, upheld: 2, approvalRate: 0 },
      { signal: 'unknown', decided: 1, approved: 0, upheld: 1, approvalRate: 0 },
    ]);
  });

  it('rates per rule-set version', () => {
    expect(result.automatedHolds.byRuleSetVersion).toEqual([
      { ruleSetVersion: 'v1', decided: 5, approved: 4, upheld: 1, approvalRate: 0.8 },
      { ruleSetVersion: 'v2', decided: 4, approved: 2, upheld: 2, approvalRate: 0.5 },
      { ruleSetVersion: 'unknown', decided: 1, approved: 0, upheld: 1, approvalRate: 0 },
    ]);
  });

  it('reports handling times in minutes to one decimal (100 s → 1.7 min)', () => {
    expect(result.handlingMinutes).toEqual({ holdToDecision: { median: 1.5, p90: 60 }, receiptToDecision: { median: 1.7, p90: null } });
  });

  it('has no approval rate and no times before anything was decided', () => {
    const empty = buildAutomationAccuracy({ mix: [], decidedHolds: [], holdToDecision: none, receiptToDecision: none });
    expect(empty.automatedHolds).toEqual({ decided: 0, approved: 0, upheld: 0, approvalRate: null, bySignal: [], byRuleSetVersion: [] });
    expect(empty.decisionMix).toEqual({ total: 0, automated: 0, human: 0, byAction: [] });
    expect(empty.handlingMinutes).toEqual({ holdToDecision: { median: null, p90: null }, receiptToDecision: { median: null, p90: null } });
  });
});
