import { buildStatement, type StatementInput } from './statement.js';

const base: StatementInput = {
  decisionId: 'd1', reviewId: 'r1', action: 'remove', fromStatus: 'held', toStatus: 'removed', reasonCode: 'spam', reasonText: null,
  automated: false, decidedAt: new Date('2026-01-15T10:00:00Z'), redress: 'You may appeal this decision within 6 months.',
};

describe('buildStatement', () => {
  it('explains a human removal with the reason and the appeal deadline', () => {
    const s = buildStatement(base);
    expect(s).toMatchObject({ appealable: true, appealDeadline: '2026-07-15T10:00:00.000Z', outcome: 'removed', reason: 'We took this decision because it is spam or advertising.' });
    expect(s.text).toContain('removed from public view');
    expect(s.text).toContain('human moderator');
    expect(s.text).toContain('Deadline to appeal: 2026-07-15');
  });

  it.each([
    [{ action: 'approve', toStatus: 'published', reasonCode: null }, false],
    [{ action: 'appeal_uphold', toStatus: 'removed' }, false],
    [{ action: 'escalate', toStatus: 'held' }, false],
    [{ action: 'hold', toStatus: 'held', automated: true }, true],
    [{ action: 'fold', toStatus: 'folded' }, true],
  ])('%o appealable: %s', (over, appealable) => {
    const s = buildStatement({ ...base, ...over });
    expect(s.appealable).toBe(appealable);
    expect(s.appealDeadline === null).toBe(!appealable);
  });

  it('quotes the free text for reason `other`', () => {
    expect(buildStatement({ ...base, reasonCode: 'other', reasonText: 'It links to a phishing page.' }).text).toContain('It links to a phishing page.');
  });

  it('says when a decision was automated', () => {
    expect(buildStatement({ ...base, automated: true, action: 'hold', toStatus: 'held' }).text).toContain('taken automatically');
  });
});
