import { screenReply, type ScreeningCode } from './screen-reply.js';

describe('screenReply', () => {
  it.each<[string, ScreeningCode[]]>([
    ['Thank you for the feedback! We are sorry the zip failed and have sent a replacement.', []],
    ['感谢您的评价，我们已安排补发配件。', []],
    ['Call us on 13812345678 and we will sort it out.', ['personal_data']],
    ['请拨打 +86 139-1234-5678 联系客服', ['personal_data']],
    ['Email me at john.doe@example.com', ['personal_data']],
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
    ['加微信领优惠券', ['promotion']],
    ['Call 13812345678 and change your review or we will sue you. https://x.com', ['personal_data', 'threat', 'review_manipulation', 'promotion']],
  ])('%s → %j', (text, codes) => {
    const result = screenReply(text);
    expect([...new Set(result.findings.map((f) => f.code))].sort()).toEqual([...codes].sort());
    expect(result.passed).toBe(codes.length === 0);
  });

  it('masks personal data in the evidence it records', () => {
    const result = screenReply('Reach me: 13812345678 or alice@example.com');
    const details = result.findings.map((f) => f.detail).join(' ');
    expect(details).not.toContain('13812345678');
    expect(details).not.toContain('alice@example.com');
    expect(details).toContain('13*******78');
  });
});
