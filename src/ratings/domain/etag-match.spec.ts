import { ifNoneMatchHits } from './etag-match.js';

describe('ifNoneMatchHits (RFC 9110 weak comparison)', () => {
  it.each([
    ['"abc"', '"abc"', true],
    ['W/"abc"', '"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['W/"abc"', 'W/"abc"', true],
    ['"x", W/"abc"', '"abc"', true],
    ['"x",W/"abc" ,"y"', '"abc"', true],
    ['*', '"abc"', true],
    [' * ', '"abc"', true],
    ['"abcd"', '"abc"', false],
    ['abc', '"abc"', false],
    ['w/"abc"', '"abc"', false],
    ['"x", "y"', '"abc"', false],
    ['"a,b"', '"a,b"', true],
    ['"abc" garbage', '"abc"', false],
    ['', '"abc"', false],
  ])('%s vs %s → %s', (header, etag, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
});
