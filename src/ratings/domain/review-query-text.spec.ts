import { reviewsCacheKey } from './review-query.js';
import { parsePlainReviewQuery } from './review-query-text.js';

describe('parsePlainReviewQuery (cached fast path)', () => {
  it('normalises to the same query the controller builds', () => {
    expect(parsePlainReviewQuery({ stars: '5,1,5', verified: 'true', language: 'ZH', hasMedia: 'false', sort: 'recent', limit: '7' })).toEqual({
      sort: 'newest', limit: 7, filters: { stars: [1, 5], verified: true, language: 'zh', hasMedia: false },
    });
    expect(parsePlainReviewQuery({})).toEqual({ sort: 'newest', limit: 20, filters: {} });
    expect(parsePlainReviewQuery({ aspect: 'delivery', aspectPolarity: 'negative' })).toEqual({
      sort: 'newest', limit: 20, filters: { aspect: 'logistics', aspectPolarity: 'negative' },
    });
  });

  it('gives one cache key to two spellings of one query, and different keys to different filters', () => {
    const key = (raw: Record<string, unknown>): string | undefined => {
      const q = parsePlainReviewQuery(raw);
      return q && reviewsCacheKey(q);
    };
    expect(key({ stars: '2,1', sort: 'rating' })).toBe(key({ stars: '1,2', sort: 'rating_desc' }));
    expect(key({ stars: '1' })).not.toBe(key({ stars: '1', verified: 'true' }));
    expect(key({ verified: 'false' })).not.toBe(key({}));
    expect(key({ aspect: 'logistics' })).not.toBe(key({ aspect: 'logistics', aspectPolarity: 'negative' }));
    expect(key({ aspect: 'logistics' })).not.toBe(key({}));
    // Keys of aspect-less queries are unchanged by the aspect filter's arrival.
    expect(key({ stars: '1' })).toBe('reviews|newest|20|1;;;|');
  });

  it.each([
    [{ stars: '0' }], [{ stars: '1,,2' }], [{ stars: ['1', '2'] }], [{ verified: 'yes' }], [{ hasMedia: '1' }], [{ language: 'chinese!' }],
    [{ sort: 'sentiment' }], [{ limit: '0' }], [{ limit: '101' }], [{ cursor: '' }], [{ aspect: 'vibes' }],
    [{ aspectPolarity: 'negative' }], [{ aspect: 'logistics', aspectPolarity: 'mixed' }],
  ])('leaves %j to the full validation path', (raw) => {
    expect(parsePlainReviewQuery(raw)).toBeUndefined();
  });
});
