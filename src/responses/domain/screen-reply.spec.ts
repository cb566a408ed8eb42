import { loadReplyScreeningRules } from '../reply-screening.loader.js';
import { screenReply, type ScreeningCode } from './screen-reply.js';

const rules = loadReplyScreeningRules();

describe('screenReply', () => {
  it.each<[string, ScreeningCode[]]>([
    ['Thank you for the feedback! We are sorry the zip failed and have sent a replacement.', []],
    ['感谢您的评价，我们已安排补发配件。', []],
    ['Call us on 13812345678 and we will sort it out.', ['personal_data']],
    ['请拨打 +86 139-1234-5678 联系客服', ['personal_data']],
    ['Email me at john.doe@example.com', ['personal_data', 'off_platform_contact']],
    ['We checked order for ID 11010519491231002X and found nothing.', ['personal_data']],
    ['Your SSN 123-45-6789 is on file', ['personal_data']],
    ['Call (415) 555-0134 please', ['personal_data']],
    ['We will sue you for this lie.', ['threat']],
    ['We know where you live.', ['threat']],
    ['你等着，后果自负', ['threat']],
    ['Please change your review, we fixed the issue.', ['review_manipulation']],
    ['We will refund you if you delete it.', ['review_manipulation']],
    ['Could you update your 1-star review?', ['review_manipulation']],
    ['亲，麻烦删除评价，我们给您退款', ['review_manipulation']],
    ['改成好评返现20元', ['review_manipulation']],
    ['Visit www.example.com for 20% off!', ['promotion']],
    ['Use code SAVE20 on your next order', ['promotion']],
    ['加微信领优惠券', ['promotion', 'off_platform_contact']],
    ['你这种人就是故意找茬，脑子有病吧，差评师滚！', ['abuse']],
    ['You are an idiot, read the manual.', ['abuse']],
    ['Stupid customer.', ['abuse']],
    ['ＳＢ买家', ['abuse']],
    ['s\u200bb', ['abuse']],
    ['如果您删除差评，我们可以全额退款', ['review_manipulation']],
    ['亲，麻烦追加一下好评哦', ['review_manipulation']],
    ['we will refund if you remove your review', ['review_manipulation']],
    ['加VX：shop8899', ['off_platform_contact']],
    ['微信號 shop99', ['off_platform_contact']],
    ['Call five five five one two three four five six seven', ['off_platform_contact']],
    ['请打一三八一二三四五六七八', ['off_platform_contact']],
    ['write to anna at gmail dot com', ['off_platform_contact']],
    ['您可以在微信小程序的订单页申请售后', []],
    ['We have refunded your order. Thank you for your feedback.', []],
    ['Please contact our support via the in-app chat.', []],
    ['You are entitled to a full refund, which we have issued.', []],
    ['If you change your mind, returns are free for 30 days.', []],
    ['Call 13812345678 and change your review or we will sue you. https://x.com', ['personal_data', 'threat', 'review_manipulation', 'promotion']],
  ])('%s → %j', (text, codes) => {
    const result = screenReply(text, rules);
    expect([...new Set(result.findings.map((f) => f.code))].sort()).toEqual([...codes].sort());
    expect(result.passed).toBe(codes.length === 0);
  });

  it('masks personal data in the evidence it records', () => {
    const result = screenReply('Reach me: 13812345678 or alice@example.com', rules);
    const details = result.findings.map((f) => f.detail).join(' ');
    expect(details).not.toContain('13812345678');
    expect(details).not.toContain('alice@example.com');
    expect(details).toContain('13*******78');
  });

  it('records the matched phrase as evidence for non-personal findings', () => {
    expect(screenReply('亲，改好评返现10元', rules).findings).toContainEqual({ code: 'review_manipulation', detail: expect.stringContaining('改好评') });
  });
});
