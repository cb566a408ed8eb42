import { defaultKeyLimit, normaliseOrigin, ownLimit, PUBLISHABLE_KEY_DEFAULT, STOREFRONT_SERVER_DEFAULT } from './key-quotas.js';

describe('key quotas', () => {
  it('gives storefront server keys thousands of requests/s and publishable keys their own default', () => {
    expect(defaultKeyLimit('storefront', false)).toBe(STOREFRONT_SERVER_DEFAULT);
    expect(STOREFRONT_SERVER_DEFAULT.perSecond).toBeGreaterThanOrEqual(1_000);
    expect(defaultKeyLimit('storefront', true)).toBe(PUBLISHABLE_KEY_DEFAULT);
    expect(defaultKeyLimit('merchant', false)).toBeUndefined();
  });

  it.each([
    [100, undefined, { perSecond: 100, burst: 200 }], [100, 150, { perSecond: 100, burst: 150 }], [null, 10, null], [undefined, undefined, null],
  ])('ownLimit(%s, %s) → %j', (rate, burst, expected) => {
    expect(ownLimit(rate, burst)).toEqual(expected);
  });

  it.each([
    ['https://shop.example', 'https://shop.example'], ['https://Shop.Example/', 'https://shop.example'], ['http://localhost:8080', 'http://localhost:8080'],
    ['https://shop.example:443', 'https://shop.example'], ['https://shop.example/path', undefined], ['ftp://shop.example', undefined],
    ['https://user@shop.example', undefined], ['shop.example', undefined], ['https://shop.example?x=1', undefined], ['*', undefined],
  ])('normaliseOrigin(%s) → %s', (value, expected) => {
    expect(normaliseOrigin(value)).toBe(expected);
  });
});
