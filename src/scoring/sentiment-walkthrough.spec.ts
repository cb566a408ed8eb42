/**
 * Misreadings from the issue 15 walkthrough, through the production analyzer
 * with the committed models: each was wrong before the multi-domain models,
 * the opinion-aware neutral band, the idiom entries and the quoted-reply cut.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { analyzeSentiment } from './domain/sentiment/analyze-sentiment.js';
import { TEXT_MODEL_SPECS } from './domain/text/text-model-specs.js';
import { loadTextModels } from './text-models.loader.js';

const modelsDir = path.resolve('models');
const committed = Object.values(TEXT_MODEL_SPECS).every((s) => existsSync(path.join(modelsDir, s.file)));

const LONG_COMPLAINT =
  '入住体验非常糟糕，这是我住过最差的一次。前台办理入住等了四十分钟，工作人员态度冷淡，问什么都说不知道。房间里有一股很重的霉味，' +
  '床单上有污渍，卫生间的下水道堵了，洗澡的时候水漫到了地上。打电话给前台说马上派人来修，结果等了两个小时也没有人来。' +
  '空调噪音很大，整晚都睡不好，隔音也很差，能听到隔壁说话。早餐种类少，东西都是凉的。图片上看着很漂亮，实际上设施非常陈旧，' +
  '跟描述完全不符。退房的时候还多收了一晚的费用，跟他们理论了半天才退回来。价格也不便宜，完全不值这个钱。以后再也不会来了，' +
  '也不会推荐给任何朋友，大家千万不要上当。客服电话一直打不通，投诉到平台也没有任何回应，整个过程让人非常失望和气愤，' +
  '真的是花钱买罪受。';

(committed ? describe : describe.skip)('sentiment walkthrough cases (committed models)', () => {
  const { models } = loadTextModels(modelsDir);

  it.each([
    ['不错', 'positive'],
    ['没有问题', 'positive'],
    ['用了一个月，没有问题，很满意', 'positive'],
    ['not bad', 'positive'],
    ['Never had anything to complain about.', 'positive'],
    ['This has NO flavor.', 'negative'],
    ['The chocolate cake is to die for.', 'positive'],
    ['The food was average at best.', 'negative'],
    ['Charges over USB-C and holds a charge for days. Exactly as described in the listing.', 'positive'],
    ['质量太差了，用了两天就坏了，很失望。商家回复：亲，感谢您的支持与厚爱，我们会继续努力，祝您生活愉快！', 'negative'],
    ['Broke after two days, very disappointed. Seller response: Thank you so much, we are delighted you love it and wish you a wonderful day!', 'negative'],
  ])('%s → %s', (text, label) => {
    expect(analyzeSentiment(text, models).label).toBe(label);
  });

  // Short product praise that states a fact and holds no opinion word (issue 15; README example).
  it.each([
    ['Pitched in ten minutes, dry all night.', 'positive'],
    ['Charges over USB-C, exactly as described', 'positive'],
    ['Assembled in ten minutes.', 'positive'],
    ['Installed in 10 minutes.', 'positive'],
    ['Kept us dry through a storm.', 'positive'],
    ['Washed it twice, no shrinking.', 'positive'],
    // The same cues must not turn complaints round.
    ['Leaked after the first rain.', 'negative'],
    ['Stopped working after ten minutes.', 'negative'],
  ])('short product fact %s → %s', (text, label) => {
    expect(analyzeSentiment(text, models).label).toBe(label);
  });

  it('reads a long complaint (> 300 characters) as negative', () => {
    expect(Array.from(LONG_COMPLAINT).length).toBeGreaterThan(300);
    expect(analyzeSentiment(LONG_COMPLAINT, models)).toMatchObject({ label: 'negative', language: 'zh' });
  });

  it('keeps text without an opinion neutral', () => {
    expect(analyzeSentiment('The box is blue.', models).label).toBe('neutral');
  });
});
