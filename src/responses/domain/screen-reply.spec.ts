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

const codesOf = (text: string): ScreeningCode[] => [...new Set(screenReply(text, rules).findings.map((f) => f.code))].sort();

describe('screenReply: review talk that asks for nothing', () => {
  // Negated ("never", "not", 从不, 不需要) or past ("thank you for updating", 谢谢您改了) talk about a review is not a request.
  it.each([
    "We would never ask anyone to delete a review, even an unhappy one.",
    "You don't have to edit your rating for us to replace the part.",
    'Replacements never depend on the stars you give us.',
    "We're not asking for a better rating, only for the chance to fix the heater.",
    'Thank you so much for editing your review after the exchange.',
    "We noticed you've raised your rating to four stars, thank you!",
    'You already posted your feedback, there is nothing else to do.',
    '我们绝不会让顾客删除评价，请放心。',
    '售后和您给的评价无关，不需要修改任何内容。',
    '本店从来不做追加好评返现这种活动。',
    '感谢您把中评改成了好评，祝您生活愉快！',
    '您已经追评过了，谢谢您的支持。',
  ])('passes %s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  // A condition or a reward in the same sentence keeps the request a request.
  it.each([
    "We never ask for good reviews, but if you delete this one we'll refund you today.",
    'Thank you for updating your review, here is a $15 voucher as promised.',
    "You don't need to return the item once the review is removed.",
    'We will not refund you until the one-star review comes down.',
    'The replacement ships as soon as your negative feedback has been edited.',
    '我们不会为难您，只要您删除差评就给您退款。',
    '谢谢您把差评改成了好评，红包已经发给您了。',
    '麻烦帮忙追评一下，返您三元红包。',
    '晒单好评，返现五元。',
  ])('holds %s as review manipulation', (text) => {
    expect(codesOf(text)).toContain('review_manipulation');
  });
});

describe('screenReply: compound words', () => {
  it.each([
    'The lock is idiot-proof, it only closes one way.',
    'Assembly is moron-proof thanks to the numbered parts.',
    'A dumb-simple timer: twist and go.',
    'We made the menu fool-proof in the new firmware.',
  ])('passes %s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });

  it.each(['You idiot, the lid is idiot-proof.', 'What a moron - read the label.'])('still holds %s', (text) => {
    expect(codesOf(text)).toContain('abuse');
  });
});

describe('screenReply: contempt aimed at the customer without an insult word', () => {
  it.each([
    // Their intelligence or ability.
    'Anyone with a functioning brain would have checked the voltage first.',
    'Your reading comprehension is clearly the problem here.',
    'With a head like yours, no wonder the lid confused you.',
    "You're not exactly the brightest, are you?",
    "My grandmother could set this up in a minute, but apparently you can't.",
    'Not our fault you cannot follow three pictures.',
    'You obviously lack the basic sense to plug it in.',
    'Honestly the dumbest customer we have had this year.',
    'Imagine being this clueless about a coffee maker.',
    'Few people are as hopeless as you with a screwdriver.',
    // Telling them off or away.
    'Take your business elsewhere, we are done with you.',
    "We don't want buyers like you in our shop.",
    'Stop whinging and go cry to someone who cares.',
    'Perhaps check the photos before moaning next time.',
    "Please stop wasting everyone's time with this.",
    'Just stop posting reviews, you are embarrassing yourself.',
    'Try again, honey.',
    'Your kind always expects something for free.',
    'Get a job instead of trolling shops.',
    // Chinese: blame, education, intelligence, poverty, manners, dismissal.
    '自己不会装还怪我们，真行。',
    '说明书上写得明明白白，你识字吗？',
    '连个按钮都找不到，还来差评？',
    '你这脑子还是别网购了。',
    '智商余额不足就别买电子产品。',
    '没钱就别买这么贵的。',
    '你这种素质的人我们不伺候。',
    '你爸妈没教你礼貌吗？',
    '你怎么事儿这么多。',
    '别给脸不要脸。',
    '以后别来我们店了，不欢迎。',
    '脑瘫吧你。',
    '低能儿一个。',
  ])('holds %s as abuse', (text) => {
    expect(codesOf(text)).toContain('abuse');
  });

  it.each([
    'So easy a child could set it up: that is what we aimed for!',
    'The smell will go away after a day or two in fresh air.',
    'Thank you for your kind words, they made our week.',
    'You can look it up on the tracking page with your order number.',
    "If you can't figure out the pairing, our support chat will walk you through it.",
    'It is not our fault the courier was late, but we are sorry and refunded the shipping.',
    'We will take your feedback to the design team.',
    'Sorry we wasted your time with the wrong part; the right one ships today.',
    'You are entitled to a full refund and we have issued it.',
    '这款冰箱是一级能效，低能耗省电。',
    '蓝牙连接不上的话，请先重启耳机。',
    '说明书第五页有图解，看不懂的话可以联系在线客服。',
    '不会安装的话我们可以上门服务。',
    '亲，这款适合预算不多的同学，性价比很高。',
  ])('passes %s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });
});

describe('screenReply: accounts on other platforms', () => {
  it.each(['搜索我们的视频号“小家电铺子”，私信发您教程。', '关注店铺抖音号，直播间下单更便宜。', '关注我们的小红书，私信领券。'])('holds %s as off-platform contact', (text) => {
    expect(codesOf(text)).toContain('off_platform_contact');
  });

  it.each(['关注店铺，上新第一时间通知您。', '您可以在抖音上看到这款产品的测评视频。'])('passes %s', (text) => {
    expect(codesOf(text)).toEqual([]);
  });
});
