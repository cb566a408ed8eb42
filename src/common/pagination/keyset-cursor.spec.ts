import { decodeCursor, encodeCursor, keysetPredicate } from './keyset-cursor.js';

describe('keyset cursors', () => {
  it('round-trips a key for its sort', () => {
    const cursor = encodeCursor('recent', [0, '2025-01-01T00:00:00.000001Z', 'abc']);
    expect(decodeCursor(cursor, 'recent', ['number', 'string', 'string'])).toEqual([0, '2025-01-01T00:00:00.000001Z', 'abc']);
  });

  it.each([
    ['another sort', encodeCursor('helpful', [1, 'x']), 'recent'],
    ['a wrong shape', encodeCursor('recent', [1]), 'recent'],
    ['not base64url', 'a+b/c', 'recent'],
    ['not JSON', Buffer.from('nope').toString('base64url'), 'recent'],
    ['a wrong type', encodeCursor('recent', ['1', 'x']), 'recent'],
  ])('refuses %s', (_name, cursor, sort) => {
    expect(decodeCursor(cursor, sort, ['number', 'string'])).toBeUndefined();
  });

  it('builds the lexicographic predicate for mixed directions', () => {
    expect(keysetPredicate([{ expr: 'a', dir: 'asc', cast: 'int' }, { expr: 'b', dir: 'desc', cast: 'uuid' }], 3))
      .toBe('((a > $3::int) OR (a = $3::int AND b < $4::uuid))');
  });
});
