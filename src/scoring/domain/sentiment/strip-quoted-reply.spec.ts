import { stripQuotedReply } from './strip-quoted-reply.js';

describe('stripQuotedReply', () => {
  it.each([
    ['质量太差了。商家回复：亲，感谢您的支持！', '质量太差了。'],
    ['质量太差了。掌柜回复: 感谢好评', '质量太差了。'],
    ['Broke in a week. Seller response: Thank you for your kind words!', 'Broke in a week. '],
    ['Arrived late. Response from the seller: we are delighted', 'Arrived late. '],
  ])('keeps only the shopper part of %s', (text, expected) => {
    expect(stripQuotedReply(text)).toBe(expected);
  });

  it.each([['商家回复：感谢您的支持'], ['The seller replied quickly and was helpful.'], ['回复很快，客服很好']])(
    'leaves %s alone (no quoted reply after the shopper text)',
    (text) => {
      expect(stripQuotedReply(text)).toBe(text);
    },
  );
});
