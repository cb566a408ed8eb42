/**
 * Synthetic review text in Chinese and English. Honest texts combine aspect
 * clauses with slot fillers and concrete details so two honest reviews rarely
 * share long passages; stock one-liners ("好评", "Good") repeat, as they do
 * on real marketplaces.
 */
import type { Rng } from './rng.js';

export type TextLanguage = 'zh' | 'zh-hant' | 'en';
type Polarity = 'pos' | 'neg' | 'mid';

const ZH_ADV = ['很', '非常', '特别', '挺', '超级', '相当', '比较', '真的'];
const ZH_CLAUSES: Record<Polarity, string[]> = {
  pos: ['质量{a}好', '做工{a}精细', '物流{a}快', '包装{a}严实', '客服态度{a}好', '性价比{a}高', '颜色{a}正', '手感{a}舒服', '和描述一致', '尺码{a}标准', '味道{a}好', '续航{a}给力', '安装{a}方便', '孩子{a}喜欢', '老人用着{a}方便', '是正品'],
  neg: ['质量{a}差', '做工{a}粗糙', '物流{a}慢', '包装破损了', '客服不理人', '{a}不值这个价', '色差{a}大', '有异味', '和图片不符', '尺码偏小', '用了{n}天就坏了', '退货{a}麻烦', '电池{a}不耐用', '线头{a}多'],
  mid: ['质量一般', '物流还行', '价格{a}便宜但是一般', '凑合能用', '中规中矩', '没有想象中好', '包装普通', '客服回复{a}慢'],
};
const ZH_DETAILS = ['用了{n}天', '买的{n}码', '{n}公斤重', '充一次电用{n}小时', '第{n}次回购了', '{n}个月了没问题', '{n}厘米长', '快递{n}天到'];
const ZH_OPENERS = ['', '', '', '收到了，', '第一次买，', '帮家里人买的，', '对比了好几家，', '双十一买的，', '朋友推荐的，', '给老公买的，', '给孩子买的，', '等了好久终于到了，', '看了直播买的，', '回购第二次了，', '犹豫了很久才下单，', '公司团购的，', '搬家后买的，', '生日礼物，', '之前那个坏了换的，', '趁活动买的，'];
const ZH_CLOSERS: Record<Polarity, string[]> = {
  pos: ['', '', '推荐购买。', '会回购的。', '满意。', '值得入手！', '家里人都说好。', '下次还会来。', '给个好评。', '总体很满意。', '比实体店划算。', '已经推荐给同事了。'],
  neg: ['', '', '不推荐。', '失望。', '不会再买了。', '大家慎重。', '已申请退货。', '后悔买了。'],
  mid: ['', '', '一般般吧。', '将就用。', '看个人需求吧。', '不好不坏。', '凑合。'],
};
const ZH_JOINERS = ['，', '，', '，', '，而且', '，就是', '，另外', '。', '，感觉', '，总之'];
const ZH_STOCK = ['好评', '不错', '默认好评', '很好', '满意', '还行', '一般', '差评', '挺好的', '好'];

const EN_ADV = ['very', 'really', 'quite', 'super', 'pretty', 'extremely', 'surprisingly'];
const EN_CLAUSES: Record<Polarity, string[]> = {
  pos: ['the quality is {a} good', 'shipping was {a} fast', 'it is {a} well made', 'the battery lasts {a} long', 'customer service was {a} helpful', 'great value for money', 'exactly as described', 'fits {a} well', 'my kids love it', 'the color is {a} nice', 'setup was {a} easy'],
  neg: ['the quality is {a} poor', 'shipping took forever', 'it broke after {n} days', 'not as described', 'the color is off', 'runs small', 'customer service never replied', 'it feels {a} cheap', 'the zipper broke', 'returning it was a pain'],
  mid: ['it is okay for the price', 'quality is average', 'shipping was fine', 'does the job', 'nothing special', 'a bit overpriced'],
};
const EN_OPENERS = ['', '', '', 'Bought this for my wife. ', 'Second time buying. ', 'Got it on sale. ', 'Replaced my old one. ', 'Ordered during the holiday sale. ', 'A gift for my dad. ', 'After comparing a few brands, '];
const EN_CLOSERS = ['', '', ' Would buy again.', ' Recommended.', ' Not sure I would buy again.', ' Overall fine.', ' Happy with it.', ' We will see how it holds up.'];
const EN_DETAILS = ['used it for {n} days', 'ordered size {n}', 'weighs about {n} kg', 'battery gives {n} hours', 'bought {n} of these', 'after {n} weeks it still works', 'it is {n} inches long'];
const EN_STOCK = ['Good', 'Great product', 'ok', 'Love it', 'Nice', 'Bad', 'As expected', 'Five stars'];

function fill(rng: Rng, template: string, adverbs: readonly string[]): string {
  return template.replace('{a}', rng.pick(adverbs)).replace('{n}', String(rng.int(2, 40)));
}

export function polarityOf(rating: number): Polarity {
  return rating >= 4 ? 'pos' : rating <= 2 ? 'neg' : 'mid';
}

/** An honest review: 15% stock one-liners, otherwise 1–4 clauses with details. */
export function honestText(rng: Rng, language: TextLanguage, rating: number): string {
  const polarity = polarityOf(rating);
  if (rng.chance(0.15)) return rng.pick(language === 'en' ? EN_STOCK : ZH_STOCK);
  const clauses = rng.pick([1, 2, 2, 3, 3, 4, 5]);
  return language === 'en' ? englishText(rng, polarity, clauses) : chineseText(rng, polarity, clauses);
}

function chineseText(rng: Rng, polarity: Polarity, clauses: number): string {
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) {
    const own = rng.chance(0.8) ? polarity : rng.pick(['pos', 'neg', 'mid'] as const);
    parts.push(fill(rng, rng.pick(ZH_CLAUSES[own]), ZH_ADV));
  }
  if (rng.chance(0.55)) parts.splice(rng.int(0, parts.length), 0, fill(rng, rng.pick(ZH_DETAILS), ZH_ADV));
  const joined = parts.map((part, i) => (i === 0 ? part : `${rng.pick(ZH_JOINERS)}${part}`)).join('');
  return `${rng.pick(ZH_OPENERS)}${joined}。${rng.pick(ZH_CLOSERS[polarity])}`;
}

function englishText(rng: Rng, polarity: Polarity, clauses: number): string {
  const parts: string[] = [];
  for (let i = 0; i < clauses; i++) {
    const own = rng.chance(0.8) ? polarity : rng.pick(['pos', 'neg', 'mid'] as const);
    parts.push(fill(rng, rng.pick(EN_CLAUSES[own]), EN_ADV));
  }
  if (rng.chance(0.5)) parts.splice(rng.int(0, parts.length), 0, fill(rng, rng.pick(EN_DETAILS), EN_ADV));
  const text = `${rng.pick(EN_OPENERS)}${parts.join(rng.pick([', ', '. ', ' and ', ', but ']))}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.${rng.pick(EN_CLOSERS)}`;
}

/** Generic praise used by paid campaigns: short, vague, few details. */
const ZH_GENERIC = ['非常好', '很满意', '质量很好', '推荐购买', '物超所值', '五星好评', '宝贝很好', '卖家很好', '下次还来', '非常满意的一次购物', '东西很好很喜欢', '好评好评'];
const EN_GENERIC = ['Amazing product', 'Highly recommend', 'Best purchase ever', 'Five stars', 'Love it so much', 'Great quality', 'Will buy again', 'Perfect'];

export function genericPraise(rng: Rng, language: TextLanguage, negative = false): string {
  if (negative) {
    return language === 'en'
      ? rng.pick(['Terrible, do not buy', 'Worst product ever', 'Total waste of money', 'Awful quality avoid'])
      : rng.pick(['垃圾，千万别买', '质量太差了，别买', '差评，浪费钱', '假货，大家别上当']);
  }
  const pool = language === 'en' ? EN_GENERIC : ZH_GENERIC;
  const parts = Array.from({ length: rng.int(1, 3) }, () => rng.pick(pool));
  return parts.join(language === 'en' ? '! ' : '，') + (language === 'en' ? '!' : '！');
}

/** A long, specific-looking text used as the base of a copy ring. */
export function ringBaseText(rng: Rng, language: TextLanguage): string {
  return language === 'en' ? englishText(rng, 'pos', rng.int(4, 6)) : chineseText(rng, 'pos', rng.int(4, 6));
}

const ZH_SWAPS: [string, string][] = [['很', '非常'], ['好', '棒'], ['快', '迅速'], ['推荐', '建议'], ['质量', '品质']];
const EN_SWAPS: [string, string][] = [['very', 'really'], ['good', 'great'], ['fast', 'quick'], ['the', 'this'], ['is', 'was']];

/** Small edits a copy ring makes so copies are not byte-identical. */
export function smallEdit(rng: Rng, text: string, language: TextLanguage): string {
  let out = text;
  const edits = rng.int(1, 3);
  for (let i = 0; i < edits; i++) {
    const kind = rng.int(0, 3);
    if (kind === 0) {
      const [from, to] = rng.pick(language === 'en' ? EN_SWAPS : ZH_SWAPS);
      out = out.replace(from, to);
    } else if (kind === 1) {
      out = `${out}${rng.pick(['!!', '👍', '～', ' ', '。'])}`;
    } else if (kind === 2) {
      out = out.replace(/[，,]/u, rng.pick(['，', '、', ' ', ',']));
    } else {
      out = `${rng.pick(language === 'en' ? ['Honestly, ', 'Wow. ', ''] : ['说实话，', '真心的，', ''])}${out}`;
    }
  }
  return out;
}
