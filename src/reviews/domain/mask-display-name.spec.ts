import { maskDisplayName } from './mask-display-name.js';

describe('maskDisplayName', () => {
  it.each([
    ['Alice Smith', 'A***e S.'],
    ['bob', 'b***b'],
    ['Al', 'A*'],
    ['张三丰', '张**'],
    ['李', '李*'],
    [null, 'Anonymous'],
    ['   ', 'Anonymous'],
    ['Jean Paul Gaultier', 'J***n P.'],
  ])('%s → %s', (input, expected) => {
    expect(maskDisplayName(input)).toBe(expected);
  });
});
