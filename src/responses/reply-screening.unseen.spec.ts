import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { screenReply, type ScreeningCode } from './domain/screen-reply.js';
import { loadReplyScreeningRules } from './reply-screening.loader.js';

/**
 * Issue 15 item 7 on a second labelled set (test/fixtures/replies.unseen.jsonl, 348 replies in Chinese and
 * English), written before its author read the screening patterns and split in two by alternating rows of each
 * (label, language) group. `tune` was used to fix the rules first; `holdout` was measured once untouched (abuse
 * 0.821, gating 0.962, polite 1/88) and then, with the lexicon rework, tuned on too: the untuned figure now comes
 * from test/fixtures/replies.blind.jsonl (reply-screening.blind.spec.ts). The issue's targets are asserted on both.
 */
interface Labelled {
  label: 'polite' | 'abuse' | 'gating' | 'contact' | 'personal_data';
  lang: 'en' | 'zh';
  split: 'tune' | 'holdout';
  text: string;
}

const EXPECTED: Record<Exclude<Labelled['label'], 'polite'>, ScreeningCode> = {
  abuse: 'abuse', gating: 'review_manipulation', contact: 'off_platform_contact', personal_data: 'personal_data',
};

const rows = readFileSync(resolve(process.cwd(), 'test/fixtures/replies.unseen.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as Labelled);
const rules = loadReplyScreeningRules();

interface Figures {
  recall: Record<keyof typeof EXPECTED, number>;
  politeHeld: number;
  report: string;
}

function measure(split: Labelled['split']): Figures {
  const results = rows.filter((r) => r.split === split).map((r) => ({ ...r, codes: screenReply(r.text, rules).findings.map((f) => f.code) }));
  const ok = (r: (typeof results)[number]): boolean => (r.label === 'polite' ? r.codes.length === 0 : r.codes.includes(EXPECTED[r.label]));
  const labels = Object.keys(EXPECTED) as (keyof typeof EXPECTED)[];
  const recall = Object.fromEntries(labels.map((l) => {
    const group = results.filter((r) => r.label === l);
    return [l, group.filter(ok).length / group.length];
  })) as Figures['recall'];
  const polite = results.filter((r) => r.label === 'polite');
  const politeHeld = polite.filter((r) => !ok(r)).length / polite.length;
  const lines = labels.map((l) => `  ${l.padEnd(14)} recall ${recall[l].toFixed(3)} of ${results.filter((r) => r.label === l).length}`);
  lines.push(`  polite         held ${politeHeld.toFixed(3)} of ${polite.length}`);
  lines.push(...results.filter((r) => !ok(r)).map((r) => `    wrong ${r.label}: ${r.text}${r.codes.length ? ` → ${r.codes.join(',')}` : ''}`));
  return { recall, politeHeld, report: `${split} (${results.length} replies)\n${lines.join('\n')}` };
}

describe('reply screening on replies written before the rules were read', () => {
  const tune = measure('tune');
  const holdout = measure('holdout');

  beforeAll(() => {
    process.stdout.write(`reply screening, unseen set\n${tune.report}\n${holdout.report}\n`);
  });

  it('has ≥ 300 replies, ≥ 150 of them polite, both languages in every class and both halves', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.label === 'polite').length).toBeGreaterThanOrEqual(150);
    for (const label of Object.keys({ polite: 1, ...EXPECTED }) as Labelled['label'][]) {
      for (const lang of ['en', 'zh'] as const) {
        for (const split of ['tune', 'holdout'] as const) expect(rows.filter((r) => r.label === label && r.lang === lang && r.split === split).length).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('tune half: holds ≥ 95% of abuse and of gating/coercion with the right reason, ≤ 2% of polite replies', () => {
    expect(tune.recall.abuse).toBeGreaterThanOrEqual(0.95);
    expect(tune.recall.gating).toBeGreaterThanOrEqual(0.95);
    expect(tune.politeHeld).toBeLessThanOrEqual(0.02);
  });

  it('former held-out half (tuned on since the lexicon rework): the same targets', () => {
    expect(holdout.recall.abuse).toBeGreaterThanOrEqual(0.95);
    expect(holdout.recall.gating).toBeGreaterThanOrEqual(0.95);
    expect(holdout.politeHeld).toBeLessThanOrEqual(0.02);
  });
});
