/**
 * Review texts for the fresh-shop scenario, written for the test (no ../shared/data): sentences
 * drawn from pools by language and polarity, with numbers, kept only when no earlier text is a
 * near copy (MinHash similarity under 0.4), so genuine traffic never looks like a copy ring.
 */
import { estimateJaccard, minhashSignature } from '../../src/scoring/domain/duplication/minhash.js';

export { createRandom as rng } from '../../scripts/lib/evaluation/prng.js';

export type Polarity = 'negative' | 'mixed' | 'positive';

const EN: Record<Polarity | 'detail', string[]> = {
  positive: [
    'Really happy with this one.', 'Exactly what I was looking for.', 'Better than I expected for the price.', 'My second one, bought it again.',
    'Solid purchase overall.', 'Does the job nicely.', 'Good value, no complaints so far.', 'Would buy from this shop again.',
    'It feels well made in the hand.', 'Glad I picked this over the cheaper option.',
  ],
  mixed: [
    'It is fine, nothing special.', 'Some good points and some bad ones.', 'Works, but I expected a little more.', 'Average quality for the money.',
    'Okay for occasional use.', 'Not bad, not great either.',
  ],
  negative: [
    'Disappointed with this purchase.', 'Would not buy this again.', 'Stopped working far too soon.', 'Not worth the money at all.',
    'Quality is poor and support was slow.', 'Returned it after a week.', 'The description oversells it.', 'Sadly a waste of money.',
  ],
  detail: [
    'I have used it {n} times since it arrived.', 'Delivery took {n} days to my flat.', 'The battery lasts roughly {n} hours for me.',
    'My kids used it on a {n} day trip.', 'After {n} weeks the finish still looks new.', 'It weighs about {n}00 grams, lighter than my old one.',
    'Setup took me {n} minutes without reading the manual.', 'I compared it with {n} other models in the shop first.',
    'The box had {n} spare parts in it.', 'We took it camping {n} weekends in a row.', 'The strap broke on day {n}.',
    'Customer service answered after {n} days.', 'It got warm after {n} minutes of use.', 'The colour faded after {n} washes.',
    'It fits in a bag about {n}0 cm wide.', 'My partner uses it {n} times a week.',
  ],
};

const ZH: Record<Polarity | 'detail', string[]> = {
  positive: [
    '整体很满意，值得购买。', '做工不错，手感很好。', '性价比很高，推荐。', '第二次回购了，一如既往的好。', '比预期的好，家人也喜欢。',
    '包装完好，质量过关。', '用着顺手，没什么毛病。', '卖家发货快，东西也好。',
  ],
  mixed: ['还行吧，中规中矩。', '有优点也有缺点。', '能用，但是没有想象中好。', '一般般，凑合用。'],
  negative: [
    '很失望，不会再买了。', '质量太差，用了没多久就坏了。', '和描述不符，退货了。', '客服态度差，问题一直没解决。', '不值这个价钱。',
    '做工粗糙，有明显瑕疵。',
  ],
  detail: [
    '快递{n}天就到了。', '用了{n}个星期，目前正常。', '充一次电能用{n}个小时左右。', '带着出差{n}次了。', '安装花了大概{n}分钟。',
    '孩子每天用{n}次。', '第{n}天就出现了问题。', '洗了{n}次颜色有点掉。', '对比了{n}家店才下单的。', '盒子里有{n}个配件。',
    '客服{n}天后才回复。', '重量大概{n}百克，比旧的轻。',
  ],
};

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

export function polarityOf(stars: number): Polarity {
  return stars >= 4 ? 'positive' : stars === 3 ? 'mixed' : 'negative';
}

/** Distinct, non-copying review texts, one per call. */
export class ShopTextWriter {
  private readonly signatures: Uint32Array[] = [];

  public constructor(private readonly random: () => number) {}

  public write(language: 'en' | 'zh', polarity: Polarity): string {
    const pools = language === 'en' ? EN : ZH;
    const sep = language === 'en' ? ' ' : '';
    for (let attempt = 0; attempt < 200; attempt++) {
      const n = (): string => String(2 + Math.floor(this.random() * 40));
      const details = [pick(this.random, pools.detail), pick(this.random, pools.detail)].map((d) => d.replace('{n}', n()));
      const text = [pick(this.random, pools[polarity]), ...(details[0] === details[1] ? details.slice(1) : details), pick(this.random, pools[polarity])].join(sep);
      const signature = minhashSignature(text);
      if (this.signatures.every((s) => estimateJaccard(s, signature) < 0.4)) {
        this.signatures.push(signature);
        return text;
      }
    }
    throw new Error('could not write a distinct text');
  }
}
