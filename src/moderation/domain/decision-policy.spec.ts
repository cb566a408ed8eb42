import { checkDecision, isAppealable, overturnTarget, reportResolution, type ModerationAction } from './decision-policy.js';

describe('checkDecision', () => {
  it.each<[ModerationAction, string, string]>([
    ['approve', 'held', 'published'], ['fold', 'held', 'folded'], ['hide', 'published', 'hidden'], ['remove', 'folded', 'removed'],
    ['request_edit', 'held', 'held'], ['request_edit', 'published', 'held'], ['escalate', 'held', 'held'], ['escalate', 'published', 'published'],
    ['approve', 'hidden', 'published'], ['approve', 'removed', 'published'], ['remove', 'removed', 'removed'],
  ])('%s from %s → %s', (action, from, to) => {
    const result = checkDecision(action, from, action === 'approve' || action === 'escalate' ? undefined : 'spam', undefined);
    expect(result).toEqual({ ok: true, outcome: { toStatus: to, closesItem: action !== 'escalate', escalates: action === 'escalate' } });
  });

  it.each(['withheld', 'received', 'scoring'])('refuses to act on a %s review', (from) => {
    expect(checkDecision('approve', from, undefined, undefined)).toEqual({ ok: false, problem: 'INVALID_TRANSITION' });
  });

  it.each<[ModerationAction, string | undefined, string | undefined, string | null]>([
    ['fold', undefined, undefined, 'REASON_CODE_REQUIRED'],
    ['remove', undefined, 'text alone', 'REASON_CODE_REQUIRED'],
    ['remove', 'other', undefined, 'REASON_TEXT_REQUIRED'],
    ['remove', 'other', '   ', 'REASON_TEXT_REQUIRED'],
    ['remove', 'other', 'Links to a phishing page', null],
    ['approve', 'other', undefined, 'REASON_TEXT_REQUIRED'],
    ['approve', undefined, undefined, null],
    ['escalate', undefined, undefined, null],
  ])('%s with code %s and text %s → %s', (action, code, text, problem) => {
    const result = checkDecision(action, 'held', code as never, text);
    expect(result.ok ? null : result.problem).toBe(problem);
  });
});

describe('reportResolution', () => {
  it.each<[ModerationAction, string | null]>([
    ['approve', 'rejected'], ['fold', 'upheld'], ['hide', 'upheld'], ['remove', 'upheld'], ['request_edit', 'upheld'], ['escalate', null],
  ])('%s → %s', (action, expected) => {
    expect(reportResolution(action)).toBe(expected);
  });
});

describe('appeals', () => {
  it.each([['published', false], ['removed', true], ['hidden', true], ['folded', true], ['held', true], ['withheld', true]])('%s appealable: %s', (status, expected) => {
    expect(isAppealable(status)).toBe(expected);
  });

  it.each([['published', 'published'], ['folded', 'folded'], ['held', 'published'], ['scoring', 'published'], [null, 'published'], ['hidden', 'published']])(
    'overturning a decision taken from %s restores %s', (from, to) => {
      expect(overturnTarget(from)).toBe(to);
    },
  );
});
