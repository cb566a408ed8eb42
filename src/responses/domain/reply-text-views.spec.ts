import { deobfuscatedView } from './reply-text-views.js';

describe('deobfuscatedView', () => {
  it.each([
    ['idi0t', 'idiot'],
    ['a$$hole', 'asshole'],
    ['b!tch, really!', 'bitch, really!'],
    ['you absolute m o r o n.', 'you absolute moron.'],
    ['i.d.i.o.t', 'idiot'],
    ['\u0456di\u043et', 'idiot'],
    ['傻 逼 买家', '傻逼买家'],
    ['差-评-删-了', '差评删了'],
    // Numbers, sizes, versions and sentences stay as they are.
    ['65w charger, version 3.2, a4 paper', '65w charger, version 3.2, a4 paper'],
    ['sorry, we will fix it!', 'sorry, we will fix it!'],
    ['感谢您的评价，已补发。', '感谢您的评价，已补发。'],
  ])('%s → %s', (text, expected) => {
    expect(deobfuscatedView(text)).toBe(expected);
  });
});
