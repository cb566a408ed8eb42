/**
 * Review traffic for the reliability suite: mixed English/Chinese texts of realistic length, many
 * reviewers and products, plus a share of copy-paste promotions (→ held) and personal data (→ withheld),
 * so every verdict path — publish, hold with a moderation item, withhold — runs under load.
 */

const EN = [
  'Arrived two days early and the packaging was intact.',
  'The fabric feels sturdier than the photos suggest.',
  'Battery life is closer to six hours than the advertised ten.',
  'Setup took ten minutes with the included instructions.',
  'After a month of daily use the zipper still runs smoothly.',
  'Customer service replied within an hour and sent a replacement part.',
  'The colour is slightly darker than on my screen, which I actually prefer.',
  'It is a little noisy on the highest setting, but fine for an office.',
  'Sizing runs small; order one size up if you are between sizes.',
  'The cable could be longer, otherwise good value for the price.',
  'My kids use it every weekend and it has held up well.',
  'The app pairs instantly and the firmware update was painless.',
  'One strap broke after three weeks, the seller replaced it without fuss.',
  'Heavier than I expected, so not ideal for hiking.',
];
const ZH = [
  '物流很快，包装完好无损。', '质量比想象中的好，做工很细致。', '电池续航大概六个小时，比宣传的少一些。',
  '客服态度很好，很快就帮我解决了问题。', '颜色和图片有一点色差，但整体还是很满意。', '用了一个月了，没有出现任何问题。',
  '尺码偏小，建议买大一码。', '声音有点大，不过放在办公室里完全可以接受。', '孩子们每个周末都在用，非常耐用。',
];
const PROMOS = Array.from({ length: 12 }, (_, n) =>
  `Absolutely amazing product number ${n}, best purchase ever, highly recommend to everyone, five stars, will buy again for sure!!`);
const PII = [
  'Good kettle. Call me on 13812345678 if you want my spare one.',
  'Nice shoes, write to buyer.{n}@example.com for the discount code I got.',
  'Works fine. My number is +44 7700 900{n3} for questions.',
];
const NAMES = ['Alice Smith', 'Bob Chen', '王小明', 'Dana K.', '李娜', 'Eve Martin', 'Frank O.', '张伟'];

/** Deterministic PRNG (mulberry32): a failing run can be replayed with the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Kind = 'normal' | 'promo' | 'pii';

export interface ReviewItem {
  externalId: string;
  productId: string;
  rating: number;
  title?: string;
  body: string;
  language: string;
  reviewer: { externalId: string; displayName: string };
  orderRef?: string;
}

function text(random: () => number, sentences: readonly string[], separator: string): string {
  const length = 60 + Math.floor(random() ** 2 * 900);
  let body = '';
  while (body.length < length) body += (body ? separator : '') + sentences[Math.floor(random() * sentences.length)];
  return body;
}

function bodyOf(kind: Kind, random: () => number, n: number): { body: string; language: string } {
  if (kind === 'promo') return { body: PROMOS[n % PROMOS.length], language: 'en' };
  if (kind === 'pii') {
    const template = PII[n % PII.length];
    return { body: template.replace('{n}', String(n)).replace('{n3}', String(n % 1000).padStart(3, '0')), language: 'en' };
  }
  const chinese = random() < 0.3;
  return chinese ? { body: text(random, ZH, ''), language: 'zh-CN' } : { body: text(random, EN, ' '), language: 'en' };
}

/** Review number `n` of a run: 3 % promotions, 2 % personal data, the rest ordinary; reviewers mostly unique. */
export function reviewItem(prefix: string, n: number, productIds: readonly string[], random: () => number): ReviewItem {
  const roll = random();
  const kind: Kind = roll < 0.03 ? 'promo' : roll < 0.05 ? 'pii' : 'normal';
  const { body, language } = bodyOf(kind, random, n);
  const reviewer = Math.floor(random() * 1_000_000);
  const item: ReviewItem = {
    externalId: `${prefix}-${n}`,
    productId: productIds[Math.floor(random() * productIds.length)],
    rating: kind === 'promo' ? 5 : 1 + Math.floor(random() * 5),
    body, language,
    reviewer: { externalId: `rv-${reviewer}`, displayName: NAMES[reviewer % NAMES.length] },
  };
  if (kind === 'normal' && random() < 0.7) item.title = language === 'en' ? 'Honest review' : '真实评价';
  if (random() < 0.2) item.orderRef = `o-${prefix}-${n}`;
  return item;
}

export function reviewBatch(prefix: string, start: number, size: number, productIds: readonly string[], random: () => number): ReviewItem[] {
  return Array.from({ length: size }, (_, i) => reviewItem(prefix, start + i, productIds, random));
}
