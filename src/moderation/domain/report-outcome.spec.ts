import { reportOutcome, type ResolvedReport } from './report-outcome.js';

const AT = new Date('2026-05-01T10:00:00Z');
const base: ResolvedReport = { state: 'open', resolvedAt: null, action: null, reasonCode: null, reasonText: null };

describe('reportOutcome', () => {
  it.each<[string, ResolvedReport, ReturnType<typeof reportOutcome>]>([
    ['open', base, { status: 'open', decidedAt: null, action: null, reasonCode: null, reason: null }],
    ['removed for a known reason, with the author-facing text', { state: 'upheld', resolvedAt: AT, action: 'remove', reasonCode: 'fake_or_not_genuine', reasonText: ' No matching order. ' },
      { status: 'actioned', decidedAt: AT.toISOString(), action: 'remove', reasonCode: 'fake_or_not_genuine',
        reason: 'The review has been removed from public view (it is kept on record) because it does not appear to describe a genuine experience with the product. No matching order.' }],
    ['folded for an unknown code', { state: 'upheld', resolvedAt: AT, action: 'fold', reasonCode: 'legacy_code', reasonText: null },
      { status: 'actioned', decidedAt: AT.toISOString(), action: 'fold', reasonCode: 'legacy_code', reason: 'The review stays visible but is shown collapsed, with a label.' }],
    ['approved', { state: 'rejected', resolvedAt: AT, action: 'approve', reasonCode: null, reasonText: null },
      { status: 'dismissed', decidedAt: AT.toISOString(), action: 'approve', reasonCode: null, reason: 'A moderator reviewed it and found it within the rules; it stays published.' }],
  ])('%s', (_name, input, expected) => {
    expect(reportOutcome(input)).toEqual(expected);
  });
});
