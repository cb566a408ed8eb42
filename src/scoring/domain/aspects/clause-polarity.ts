import { PhraseMatcher } from '../text/phrase-matcher.js';

/**
 * A cheap polarity for one clause that names an aspect: general opinion words of both languages, each
 * flipped by a negator just before it ("不贵", "not bad"); a negator with no opinion word after it is itself
 * a complaint ("never arrived", "no refund yet", "没收到"). Longest match wins, so "不错", "没问题" and
 * "快递" are read whole. Returns the sum of ±1 per opinion word (0 when the clause holds none);
 * the caller falls back to the sentiment model only then. Written from general usage, not from the
 * labelled sample's sentences (README, Aspect sentiment).
 */
const POSITIVE = [
  // zh
  '好', '很好', '不错', '挺好', '满意', '喜欢', '棒', '赞', '给力', '快', '很快', '及时', '迅速', '耐心', '热情', '客气', '礼貌', '周到', '细心', '专业',
  '负责', '靠谱', '结实', '牢固', '完好', '完整', '精致', '精美', '细腻', '舒服', '舒适', '好吃', '美味', '香', '新鲜', '清晰', '流畅', '耐用', '实惠',
  '划算', '值', '值得', '合适', '正好', '准', '漂亮', '好看', '干净', '方便', '省心', '顺利', '顺畅', '放心', '完美', '优秀', '推荐', '解决了', '没问题',
  '没有问题', '无破损', '很快解决', '上门', '严实', '用心', '大方', '厚实', '轻松',
  // en
  'good', 'great', 'excellent', 'perfect', 'perfectly', 'love', 'loved', 'nice', 'fast', 'quick', 'quickly', 'prompt', 'promptly', 'early', 'on time',
  'friendly', 'helpful', 'polite', 'kind', 'patient', 'patiently', 'courteous', 'responsive', 'professional', 'smooth', 'smoothly', 'easy', 'sturdy', 'solid',
  'durable', 'well made', 'well', 'intact', 'secure', 'securely', 'convenient', 'accurate', 'fresh', 'delicious', 'tasty', 'comfortable', 'beautiful',
  'amazing', 'awesome', 'fantastic', 'wonderful', 'happy', 'satisfied', 'recommend', 'reliable', 'top notch', 'top-notch', 'impressive', 'solved',
  'resolved', 'fixed', 'fine', 'worth', 'affordable', 'reasonable', 'generous', 'protected', 'careful', 'carefully', 'neat', 'neatly', 'no problem',
  'no issues', 'hassle-free', 'best', 'no complaints', 'nothing to complain about', '没毛病', '无可挑剔', 'no problems', 'without problems', 'acceptable', 'decent', '对得起', '物有所值', '物超所值',
];
const NEGATIVE = [
  // zh
  '差', '很差', '太差', '不好', '慢', '很慢', '太慢', '烂', '坏', '坏了', '破', '破了', '破损', '压坏', '碎', '漏', '失望', '糟糕', '垃圾', '难', '难吃',
  '难用', '贵', '薄', '臭', '异味', '瑕疵', '掉色', '起球', '开线', '脱线', '不行', '麻烦', '敷衍', '不理', '没人理', '推脱', '态度差', '恶劣', '生气',
  '后悔', '坑', '假', '粗糙', '变形', '发霉', '过期', '不新鲜', '没电', '不耐用', '掉漆', '卡顿', '发烫', '太贵', '不值', '不满意', '拖', '拖延', '等了',
  '没收到', '丢件', '送错', '发错', '少发', '漏发', '不回复', '不退', '刺耳', '疼', '松', '紧',
  // en
  'bad', 'poor', 'poorly', 'terrible', 'awful', 'horrible', 'worst', 'slow', 'late', 'delayed', 'broken', 'broke', 'damaged', 'crushed', 'dented',
  'torn', 'ripped', 'leaked', 'leaking', 'leaky', 'cracked', 'scratched', 'flimsy', 'rude', 'unhelpful', 'useless', 'nightmare', 'disappointed',
  'disappointing', 'disappointment', 'stale', 'bland', 'rotten', 'expired', 'smells', 'smelly', 'stinks', 'cheaply', 'overpriced', 'expensive',
  'waste', 'defective', 'faulty', 'fake', 'lost', 'missing', 'wrong', 'ignored', 'ignore',
  'refused', 'dead', 'died', 'hate', 'annoying', 'uncomfortable', 'itchy', 'thin', 'fell apart', 'falls apart', 'mess', 'messy', 'sloppy', 'unresponsive',
  'hassle',
];
const NEGATORS = ['不', '没', '没有', '无', '别', '未', '毫无', '一点也不', '并不', 'not', 'no', 'never', 'without', 'hardly', 'barely', 'nothing',
  "didn't", "don't", "doesn't", "wasn't", "isn't", "won't", "can't", "couldn't", "hasn't", "haven't", "weren't", "aren't", 'didnt', 'dont', 'doesnt', 'wasnt', 'isnt'];
/** Words that contain an opinion word or a negator but carry no opinion: 快递 is not 快, 不过 is not 不. */
const IGNORED = ['快递', '快要', '不过', '不管', '不知道', '不少', '不仅', '不用', '不久', '无论', '没想到', '好像', '好几', '好多', '只好', '差不多', '难道',
  '准备', '赶紧', '假期', '放假', '请假', '拖鞋', 'as well', 'not only', 'no matter', 'no idea'];

const phrases = [...POSITIVE, ...NEGATIVE, ...NEGATORS, ...IGNORED];
const matcher = new PhraseMatcher(phrases);
const enum Kind {
  Positive,
  Negative,
  Negator,
  Ignored,
}
/** Per phrase: its kind, its length and (negators) how far after it an opinion word is still negated. */
const KIND: Kind[] = [...POSITIVE.map(() => Kind.Positive), ...NEGATIVE.map(() => Kind.Negative), ...NEGATORS.map(() => Kind.Negator), ...IGNORED.map(() => Kind.Ignored)];
const LENGTH = phrases.map((p) => p.length);
/** A negator flips an opinion word that starts within this many code units after the negator ends. */
const REACH = phrases.map((p) => (/\p{Script=Han}/u.test(p) ? 2 : 12));

/** Every opinion word of the clause scorer: an aspect term that is one also states an opinion. */
export const OPINION_WORDS: ReadonlySet<string> = new Set([...POSITIVE, ...NEGATIVE]);

/** `folded`: the clause lower-cased (and 繁→简). */
export function clausePolarity(folded: string): number {
  let sum = 0;
  // The matcher visits starts in order and, at one start, shorter phrases before longer ones: the last phrase
  // seen at a start is the longest, so each start is settled when the next start (or the end) comes.
  let start = -1;
  let phrase = -1;
  let covered = -1;
  let negatorEnd = -1;
  let negatorReach = 0;
  const settle = (): void => {
    if (phrase < 0 || start < covered) return; // inside a longer match: "不错" is not "不" + "错"
    covered = start + LENGTH[phrase];
    const kind = KIND[phrase];
    if (kind === Kind.Ignored) return;
    const negated = negatorEnd >= 0 && start - negatorEnd <= negatorReach;
    if (negatorEnd >= 0 && !negated) sum -= 1; // a negator with nothing to negate: "没收到", "never arrived"
    negatorEnd = -1;
    if (kind === Kind.Negator) {
      negatorEnd = covered;
      negatorReach = REACH[phrase];
    } else sum += (kind === Kind.Positive) !== negated ? 1 : -1;
  };
  matcher.scan(folded, (index, at) => {
    if (at !== start) {
      settle();
      start = at;
    }
    phrase = index;
  });
  settle();
  return negatorEnd >= 0 ? sum - 1 : sum;
}
