import { buildAutomationAccuracy } from '../../moderation/domain/automation-accuracy.js';
import { buildTransparencyReport, escapeHtml, renderTransparencyHtml, type TransparencyInput } from './transparency.js';

const INPUT: TransparencyInput = {
  from: '2026-01-01', to: '2026-12-31', generatedAt: new Date('2027-01-02T00:00:00Z'),
  receivedByKind: [{ kind: 'review', count: 90 }, { kind: 'question', count: 10 }],
  statusOfReceived: [{ status: 'published', count: 95 }, { status: 'removed', count: 5 }],
  decisions: [
    { action: 'publish', toStatus: 'published', reasonCode: null, automated: true, count: 90 },
    { action: 'hold', toStatus: 'held', reasonCode: 'duplicate', automated: true, count: 10 },
    { action: 'remove', toStatus: 'removed', reasonCode: 'spam', automated: false, count: 4 },
    { action: 'remove', toStatus: 'removed', reasonCode: '<b>x</b>', automated: false, count: 1 },
    { action: 'approve', toStatus: 'published', reasonCode: null, automated: false, count: 5 },
  ],
  appeals: [{ state: 'decided', outcome: 'uphold', count: 3 }, { state: 'decided', outcome: 'overturn', count: 1 }, { state: 'open', outcome: null, count: 2 }],
  reports: [{ state: 'upheld', reasonCode: 'spam', count: 2 }, { state: 'rejected', reasonCode: 'spam', count: 1 }],
  automation: buildAutomationAccuracy({
    mix: [],
    decidedHolds: [
      { leadingSignal: '<i>sig</i>', ruleSetVersion: 'v1', outcome: 'approved', count: 3 },
      { leadingSignal: '<i>sig</i>', ruleSetVersion: 'v1', outcome: 'upheld', count: 1 },
    ],
    holdToDecision: { p50: 120, p90: 600 }, receiptToDecision: { p50: 300, p90: null },
  }),
};

describe('buildTransparencyReport', () => {
  it('tallies items, decisions, appeals and notices', () => {
    const r = buildTransparencyReport(INPUT);
    expect(r.items).toEqual({ received: 100, byKind: { question: 10, review: 90 }, currentStatus: { published: 95, removed: 5 } });
    expect(r.decisions).toEqual({
      total: 110, automated: 100, human: 10, automatedShare: 0.9091, published: 95, withheld: 0, held: 10, removedOrHidden: 5, folded: 0,
      byAction: { approve: 5, hold: 10, publish: 90, remove: 5 }, byReasonCode: { '<b>x</b>': 1, duplicate: 10, spam: 4 },
    });
    expect(r.appeals).toEqual({ received: 6, decided: 4, open: 2, upheld: 3, overturned: 1, overturnRate: 0.25 });
    expect(r.notices).toEqual({ received: 3, upheld: 2, rejected: 1, open: 0, byReasonCode: { spam: 3 } });
  });

  it('carries the accuracy of automated holds and the handling times', () => {
    const r = buildTransparencyReport(INPUT);
    const one = { decided: 4, approved: 3, upheld: 1, approvalRate: 0.75 };
    expect(r.automatedHolds).toEqual({ ...one, bySignal: [{ signal: '<i>sig</i>', ...one }], byRuleSetVersion: [{ ruleSetVersion: 'v1', ...one }] });
    expect(r.handlingMinutes).toEqual({ holdToDecision: { median: 2, p90: 10 }, receiptToDecision: { median: 5, p90: null } });
    const html = renderTransparencyHtml(r);
    expect(html).toContain('<th scope="row">All automated holds</th><td>4</td><td>3</td><td>1</td><td>75.0%</td>');
    expect(html).toContain('<th scope="row">&#60;i&#62;sig&#60;/i&#62;</th>');
    expect(html).toContain('<th scope="row">Hold → first human decision</th><td>2 min</td><td>10 min</td>');
    expect(html).toContain('<th scope="row">Receipt → first human decision</th><td>5 min</td><td>—</td>');
  });

  it.each([['<script>', '&#60;script&#62;'], ['"a" & \'b\'', '&#34;a&#34; &#38; &#39;b&#39;'], [null, ''], [3, '3']])('escapeHtml(%j)', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });

  it('renders no raw markup from data', () => {
    const html = renderTransparencyHtml(buildTransparencyReport(INPUT));
    expect(html).toContain('&#60;b&#62;x&#60;/b&#62;');
    expect(html).not.toContain('<b>x</b>');
    expect(html).toContain('automated share 90.9%');
  });
});
