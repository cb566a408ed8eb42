import { redactSecrets } from './request-logging.js';

describe('redactSecrets', () => {
  it.each([
    ['/v1/x?key=cnd_0123456789ab_AbC-_dEf0123456789012345678901234', '/v1/x?key=cnd_0123456789ab_[redacted]'],
    ['/hook?s=whsec_abc_DEF-123', '/hook?s=whsec_[redacted]'],
    ['/v1/reviews/00000000-0000-4000-8000-000000000000', '/v1/reviews/00000000-0000-4000-8000-000000000000'],
    ['/v1/x?q=cnd_notakey', '/v1/x?q=cnd_notakey'],
  ])('%s', (input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });
});
