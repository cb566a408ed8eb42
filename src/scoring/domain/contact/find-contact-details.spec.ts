import { foldText } from '../duplication/normalize-text.js';
import { findContactDetails, isValidChineseIdNumber } from './find-contact-details.js';

const found = (text: string): string[] => findContactDetails(foldText(text)).map((d) => `${d.kind}:${d.text}`);

describe('findContactDetails', () => {
  it.each<[string, string[]]>([
    ['打我电话13812345678', ['phone:13812345678']],
    ['直接打我电话139 0012 3456', ['phone:139 0012 3456']],
    ['call (415) 555-0134 now', ['phone:(415) 555-0134']],
    ['+44 20 7946 0958', ['phone:+44 20 7946 0958']],
    ['someone@example.com', ['email:someone@example.com']],
    ['身份证11010519491231002X', ['id_number:11010519491231002x']],
    ['身份证号110101199003071234', ['id_number:110101199003071234']],
    ['SSN 123-45-6789', ['id_number:123-45-6789']],
    ['Call five five five, one two three, four five six seven', ['spelled_number:five five five, one two three, four five six seven']],
    ['加Q：八八六五四三二一', ['spelled_number:八八六五四三二一']],
    ['My cell is 0 7 7 0 0 9 0 0 1 2 3', ['spelled_number:0 7 7 0 0 9 0 0 1 2 3']],
    ['support [at] shop [dot] com', ['obfuscated_email:support [at] shop [dot] com']],
    ['邮箱 kefu 艾特 163 点 com', ['obfuscated_email:kefu 艾特 163 点 com']],
    ['j o h n . s e l l e r @ g m a i l . c o m', ['obfuscated_email:j o h n . s e l l e r @ g m a i l . c o m']],
    // Ordinary numbers: order numbers, dates, counts in Chinese numerals, versions.
    ['订单号 20230511 已退款', []],
    ['order 20231123456789012345 arrived', []],
    ['订单号110105194912310021', []],
    ['一二三号仓库都已补货，三天内发货', []],
    ['version 3.2.1, 65W, 2024-05-01', []],
    ['we will be at the shop at noon', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('checks GB 11643 ID-card checksums', () => {
    expect(isValidChineseIdNumber('11010519491231002X')).toBe(true);
    expect(isValidChineseIdNumber('110105194912310021')).toBe(false);
  });
});
