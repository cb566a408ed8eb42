import { randomBytes } from 'node:crypto';

const EN_SENTENCES = [
  'Arrived two days early and the packaging was intact.',
  'The fabric feels sturdier than the photos suggest.',
  'Battery life is closer to six hours than the advertised ten.',
  'Setup took ten minutes with the included instructions.',
  'After a month of daily use the zipper still runs smoothly.',
  'Customer service replied within an hour and sent a replacement part.',
  'The colour is slightly darker than on my screen, which I actually prefer.',
  'It is a little noisy on the highest setting, but fine for an office.',
  'Sizing runs small; order one size up if you are between sizes.',
  'Great value for the price, though the cable could be longer.',
  'My kids have been using it every weekend and it has held up well.',
  'The app pairs instantly and the firmware update was painless.',
];

const ZH_SENTENCES = [
  '物流很快，包装完好无损。',
  '质量比想象中的好，做工很细致。',
  '电池续航大概六个小时，比宣传的少一些。',
  '客服态度很好，很快就帮我解决了问题。',
  '颜色和图片有一点色差，但整体还是很满意。',
  '用了一个月了，没有出现任何问题，推荐购买。',
  '尺码偏小，建议买大一码。',
  '性价比很高，下次还会再来回购。',
  '声音有点大，不过放在办公室里完全可以接受。',
  '孩子们每个周末都在用，非常耐用。',
];

const TITLES_EN = ['Solid purchase', 'Does what it says', 'Not bad at all', 'Would buy again', 'Mixed feelings', 'Excellent quality'];
const TITLES_ZH = ['非常满意', '还不错', '物超所值', '一般般', '会回购的'];
const NAMES = ['Alice Smith', 'Bob Chen', '王小明', 'Dana K.', '李娜', 'Eve Martin', 'Frank O.', '张伟'];

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)];

/** A body of about `length` characters built from whole sentences (cut at the limit). */
function reviewText(sentences: readonly string[], length: number, separator: string): string {
  let text = '';
  while (text.length < length) text += (text ? separator : '') + pick(sentences);
  return text.slice(0, length);
}

/** Review lengths between 50 and 1,500 characters, skewed short like real review corpora. */
function reviewLength(): number {
  return 50 + Math.floor(Math.random() ** 2 * 1_450);
}

/**
 * Pre-serialised review fields (everything but externalId and reviewer): building them once keeps
 * the client's share of the 2 cores small while the server is measured.
 */
export function reviewFragments(count: number, skus: readonly string[]): string[] {
  const fragments: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const chinese = Math.random() < 0.35;
    const body = chinese ? reviewText(ZH_SENTENCES, reviewLength(), '') : reviewText(EN_SENTENCES, reviewLength(), ' ');
    const fields: Record<string, unknown> = {
      sku: pick(skus),
      rating: 1 + Math.floor(Math.random() * 5),
      title: pick(chinese ? TITLES_ZH : TITLES_EN),
      body,
      language: chinese ? 'zh-CN' : 'en',
    };
    if (Math.random() < 0.2) fields.orderRef = `o-${randomBytes(6).toString('hex')}`;
    fragments.push(JSON.stringify(fields).slice(1, -1));
  }
  return fragments;
}

const NAME_JSON = NAMES.map((n) => JSON.stringify(n));

/**
 * Reviewer drawn per item from a large population (most appear once, a few come back),
 * not per fragment: reused fragments would make concurrent batches fight over the same reviewer rows.
 */
export function reviewerJson(): string {
  const n = Math.floor(Math.random() * 2_000_000);
  return `"reviewer":{"externalId":"u-${n}","displayName":${NAME_JSON[n % NAME_JSON.length]}}`;
}

/** One bulk JSON array of `size` reviews, each with a run-unique externalId. */
export function bulkBody(fragments: readonly string[], prefix: string, start: number, size: number): string {
  const items: string[] = new Array<string>(size);
  for (let n = 0; n < size; n += 1) {
    const fragment = fragments[(start + n) % fragments.length];
    items[n] = `{"externalId":"${prefix}-${start + n}",${reviewerJson()},${fragment}}`;
  }
  return `[${items.join(',')}]`;
}
