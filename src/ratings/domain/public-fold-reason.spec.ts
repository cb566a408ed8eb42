import { REASON_CODES } from '../../moderation/domain/reason-codes.js';
import { publicFoldReason } from './public-fold-reason.js';

describe('publicFoldReason', () => {
  it.each(REASON_CODES.filter((c) => c !== 'other'))('has public text for %s', (code) => {
    const reason = publicFoldReason(code);
    expect(reason.code).toBe(code);
    expect(reason.text).toMatch(/^Folded/);
  });

  it.each([['other'], [null], ['a_code_added_later']])('falls back to a general reason for %s (never a moderator note)', (code) => {
    expect(publicFoldReason(code)).toEqual({ code: 'policy', text: 'Folded by a moderator under the review policy.' });
  });
});
