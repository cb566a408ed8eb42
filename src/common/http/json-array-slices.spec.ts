import { decodeUtf8InSlices, splitJsonArray } from './json-array-slices.js';

describe('splitJsonArray', () => {
  it.each([
    ['[]', []],
    [' [ 1 , "a,b" ,{"x":[1,2]}, [3,{}] ,null ] ', [' 1 ', ' "a,b" ', '{"x":[1,2]}', ' [3,{}] ', 'null ']],
    ['["q\\"],[", "\\\\"]', ['"q\\"],["', ' "\\\\"']],
    ['[1,]', ['1', '']],
  ])('splits %s into its elements', async (text, expected) => {
    expect(await splitJsonArray(text)).toEqual(expected);
  });

  it('gives the same values as JSON.parse for every element', async () => {
    const value = [{ a: 'x,]}', b: [1, { c: '\u4e2d' }] }, 'plain', 3.5, [], {}];
    const parts = (await splitJsonArray(JSON.stringify(value))) as string[];
    expect(parts.map((p) => JSON.parse(p) as unknown)).toEqual(value);
  });

  it.each(['{"a":1}', '[1,2', '[1]]', '["open]', '', '[', '1'])('returns undefined for %s, which is not a well-nested array', async (text) => {
    expect(await splitJsonArray(text)).toBeUndefined();
  });
});

describe('decodeUtf8InSlices', () => {
  it('decodes across chunk boundaries and refuses invalid UTF-8', async () => {
    const text = `${'a'.repeat((1 << 20) - 1)}中文${'b'.repeat(10)}`;
    expect(await decodeUtf8InSlices(Buffer.from(text))).toBe(text);
    await expect(decodeUtf8InSlices(Buffer.from([0x61, 0xff, 0x62]))).rejects.toThrow('not valid');
  });
});
