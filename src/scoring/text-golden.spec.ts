/**
 * Golden outputs of the text pipeline on a fixed, seeded sample: simulated
 * reviews (as written and stretched to 50–1,500 characters, as the bench
 * scores them) plus hand-picked edge cases, with the committed lexicons and
 * trained models. It pins behaviour while the text code is optimised: a diff
 * means an output changed. An intended change (lexicon edit, retrained model,
 * a text-signal fix) is reviewed in the snapshot diff and accepted with `-u`.
 *
 * Only text-derived outputs are pinned (sentiment, classifiers, hashes,
 * MinHash keys, aspects, policy findings, and the value + reason of the
 * text-derived signals), not weights or verdicts, so tuning the rules does
 * not churn this file.
 */
import { exactHash, fnv1a64 } from './domain/duplication/exact-hash.js';
import { lshBandKeys, minhashSignature } from './domain/duplication/minhash.js';
import { detectPolicyViolations } from './domain/routing/policy-violations.js';
import { buildTextFeatures, scoreItem } from './domain/score-item.js';
import type { ScorableItem, TextAnalyzer } from './domain/scoring.types.js';
import { Rng } from '../../scripts/simulation/rng.js';
import { simulationStream } from '../../scripts/simulation/run-simulation.js';
import { DEFAULT_SIM_CONFIG } from '../../scripts/simulation/simulation.types.js';
import { NOW, makeContext, makeItem } from '../../test/fixtures/scoring/scoring.fixture.js';
import { loadRuleSet, type RuleSet } from './rules.loader.js';
import { analyzerFor } from './scoring-engine.js';
import { loadTextModels } from './text-models.loader.js';

/** Signals computed from the text alone. */
const TEXT_SIGNALS = new Set(['same_author_copy', 'filler_repetition', 'first_person_ratio', 'low_specificity', 'shouting', 'incentive_undisclosed', 'sentiment_rating_mismatch', 'generated_text']);

const EDGE_CASES: Partial<ScorableItem>[] = [
  { body: '' },
  { body: '好' },
  { body: '質量很好，物流很快！買了第二次了，推薦給朋友。' },
  { body: '全角ＡＢＣ１２３，ＧＯＯＤ！！' },
  { body: '好 评 返 现 ， 五星好评返现5元' },
  { body: '商家要求好评返现，太恶心了，已举报。' },
  { body: '我不是为了好评返现才写的，东西确实好。' },
  { body: 'I received this product for free in exchange for my honest review. Works great!' },
  { body: "I didn't get it for free. It's not bad, but the battery doesn't last." },
  { body: '质量很好，物流也很快。But the battery is terrible and customer service never replied.' },
  { body: 'GREAT PRODUCT!!! BUY IT NOW!!! 👍👍👍' },
  { body: '加微信 abc123 领红包，电话 138-1234-5678，www.othershop.com/deal' },
  { body: 'contact me at someone@example.com or +44 20 7946 0958' },
  { body: '好评好评好评好评好评好评好评好评好评好评好评好评' },
  { body: 'very good very good very good very good very good very good' },
  { body: 'Café naïve résumé — “quoted” text… with ‘curly’ apostrophes’ and\ttabs\nnewlines' },
  { body: '𠮷野家的牛肉饭很好吃，𠀋𡈽 astral Han characters' },
  { body: 'この商品はとても良いです' },
  { body: 'Отличный товар, рекомендую' },
  { body: 'e\u0301 combining\u200b zero\u00a0width\u3000space' },
  { title: 'Great phone', body: 'Battery lasts 2 days, screen is bright. 用了10天' },
  { title: '一般', body: '一般' },
  { body: '乾淨衛生，頭髮乾了，著名品牌，干得漂亮' },
  { body: '\ud800 lone surrogate \udc00 text' },
];

function sampleItems(): ScorableItem[] {
  const config = { ...DEFAULT_SIM_CONFIG, products: 30, honestReviewers: 400, warmupDays: 1, days: 2, honestPerDay: 60 };
  const stream = simulationStream(config).map((s) => s.item);
  const rng = new Rng(11);
  const picked = stream.filter((_, i) => i % 2 === 0).slice(0, 120);
  const stretched = picked.slice(0, 60).map((item) => {
    const target = 50 + Math.floor(rng.next() * 1450);
    let body = item.body;
    while (body.length < target) body += ` ${item.body}`;
    return { ...item, body: body.slice(0, Math.max(target, item.body.length)) };
  });
  return [...picked, ...stretched, ...EDGE_CASES.map((overrides, i) => makeItem({ id: `edge-${i}`, rating: 5, ...overrides }))];
}

function digest(item: ScorableItem, rules: RuleSet, analyzer: TextAnalyzer): string {
  const text = buildTextFeatures(item, analyzer);
  const hash = exactHash(item.body);
  // The author posted this very body on another product: same_author_copy must find it.
  const context = makeContext({ reviewer: { ...makeContext().reviewer, previousBodyHashes: [{ productId: 'other', hash }] } });
  const result = scoreItem(item, context, rules, analyzer, NOW);
  const signals = result.signals.filter((s) => TEXT_SIGNALS.has(s.id)).map((s) => `${s.id}=${s.value} (${s.reason})`);
  const violations = detectPolicyViolations(text.folded, text.normalized, rules.lexicons, rules.policy.allowedDomains).map((v) => `${v.kind}:${v.evidence}`);
  return [
    `${item.id} [${item.body.length}]`,
    `sentiment ${JSON.stringify(result.sentiment)} ${result.language}`,
    `classifier ${JSON.stringify(text.classifier)}`,
    `folded ${fnv1a64(text.folded)} normalized ${fnv1a64(text.normalized)} units ${text.units.length}:${fnv1a64(text.units.join('|'))}`,
    `exactHash ${hash} bands ${fnv1a64(lshBandKeys(minhashSignature(item.body)).join())}`,
    `aspects ${result.aspects.join(',')}`,
    `violations ${violations.join(', ')}`,
    ...signals,
  ].join('\n  ');
}

describe('text pipeline golden outputs', () => {
  it('are unchanged on the seeded sample (trained models, committed lexicons)', async () => {
    const rules = await loadRuleSet();
    const analyzer = analyzerFor(loadTextModels().models);
    expect(sampleItems().map((item) => digest(item, rules, analyzer))).toMatchSnapshot();
  });
});
