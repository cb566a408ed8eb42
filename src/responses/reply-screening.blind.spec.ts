import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { screenReply, type ScreeningCode } from './domain/screen-reply.js';
import { loadReplyScreeningRules } from './reply-screening.loader.js';

/**
 * Issue 15 item 7 on a third labelled set (test/fixtures/replies.blind.jsonl, 178 replies), written and labelled
 * before the matcher was run on it or its lexicons were read, and never used to tune them: the honest figure for
 * phrasings nobody tuned on. Its first run (before the lexicon rework) printed its misses, so some general
 * additions tuned on the older sets coincide with them (README, Reply screening). 40% of it is hard polite
 * replies (refunds, reviews, the platform's own chat, 微信支付, 滚筒, 傻瓜式, Chinese numerals in dates and counts).
 */
interface Labelled {
  label: 'polite' | 'abuse' | 'gating' | 'contact' | 'personal_data';
  lang: 'en' | 'zh';
  text: string;
}

const EXPECTED: Record<Exclude<Labelled['label'], 'polite'>, ScreeningCode> = {
  abuse: 'abuse', gating: 'review_manipulation', contact: 'off_platform_contact', personal_data: 'personal_data',
};

const rows = readFileSync(resolve(process.cwd(), 'test/fixtures/replies.blind.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as Labelled);
const rules = loadReplyScreeningRules();

describe('reply screening on the blind set (never tuned on)', () => {
  const results = rows.map((r) => ({ ...r, codes: screenReply(r.text, rules).findings.map((f) => f.code) }));
  const ok = (r: (typeof results)[number]): boolean => (r.label === 'polite' ? r.codes.length === 0 : r.codes.includes(EXPECTED[r.label]));
  const labels = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];
  const recall = Object.fromEntries(labels.map((l) => {
    const group = results.filter((r) => r.label === l);
    return [l, group.filter(ok).length / group.length];
  })) as Record<keyof typeof EXPECTED, number>;
  const polite = results.filter((r) => r.label === 'polite');
  const politeHeld = polite.filter((r) => !ok(r)).length / polite.length;

  beforeAll(() => {
    const lines = labels.map((l) => `  ${l.padEnd(14)} recall ${recall[l].toFixed(3)} (${results.filter((r) => r.label === l && ok(r)).length}/${results.filter((r) => r.label === l).length})`);
    lines.push(`  polite         held ${politeHeld.toFixed(3)} (${polite.filter((r) => !ok(r)).length}/${polite.length})`);
    lines.push(...results.filter((r) => !ok(r)).map((r) => `    wrong ${r.label}: ${r.text}${r.codes.length ? ` → ${r.codes.join(',')}` : ''}`));
    process.stdout.write(`reply screening, blind set (${rows.length} replies)\n${lines.join('\n')}\n`);
  });

  it('has ≥ 150 replies, a third of them polite, both languages in every class', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(polite.length).toBeGreaterThanOrEqual(rows.length / 3);
    for (const label of ['polite', ...labels] as const) {
      for (const lang of ['en', 'zh'] as const) expect(rows.filter((r) => r.label === label && r.lang === lang).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('floors at the figures measured once after the rework, so a regression shows', () => {
    // Before → after the rework (tuned on the older sets only): abuse 0.653 → 0.898 (44/49), gating 0.900 → 1.000,
    // contact 0.895 → 0.947, personal data 0.875 → 1.000, polite held 4/72 → 4/72. Issue 15's gating target is met
    // here, abuse (0.95) and polite (≤ 2%) are NOT: the four polite holds are negated or past-tense review talk
    // ("Refunds never depend on what you write in your review", "退款不需要您修改任何评价") and "idiot-proof".
    expect(recall.abuse).toBeGreaterThanOrEqual(0.89);
    expect(recall.gating).toBeGreaterThanOrEqual(0.95);
    expect(recall.contact).toBeGreaterThanOrEqual(0.94);
    expect(recall.personal_data).toBeGreaterThanOrEqual(0.87);
    expect(polite.filter((r) => !ok(r)).length).toBeLessThanOrEqual(4);
  });
});
