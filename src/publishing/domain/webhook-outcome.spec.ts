import { publicOutcome, sanitizedError } from './webhook-outcome.js';

describe('what a tenant sees of an attempt', () => {
  it.each<[number | null, string | null]>([
    [200, null], [204, null], [301, 'http_3xx'], [404, 'http_4xx'], [410, 'http_4xx'], [500, 'http_5xx'], [503, 'http_5xx'], [null, 'delivery_failed'], [999, 'delivery_failed'],
  ])('status %s → %s', (status, expected) => {
    expect(publicOutcome(status)).toBe(expected);
  });

  it('hides network details stored by earlier versions', () => {
    expect(sanitizedError('fetch failed', null)).toBe('delivery_failed');
    expect(sanitizedError('connect ECONNREFUSED 127.0.0.1:5432', null)).toBe('delivery_failed');
    expect(sanitizedError('HTTP 404', 404)).toBe('http_4xx');
    expect(sanitizedError('http_5xx', 502)).toBe('http_5xx');
    expect(sanitizedError(null, 200)).toBeNull();
  });
});
