import { loadReplyScreeningRules } from './reply-screening.loader.js';
import { EXPECTED_CODE, measureReplySet, readReplySet, type LabelledReply } from '../../test/utils/reply-screening-sets.js';

/**
 * Issue 15 item 7 on a second labelled set (test/fixtures/replies.unseen.jsonl, 348 replies in Chinese and
 * English), written before its author read the screening patterns and split in two by alternating rows of each
 * (label, language) group. `tune` was used to fix the rules first; `holdout` was measured once untouched (abuse
 * 0.821, gating 0.962, polite 1/88) and then, with the lexicon rework, tuned on too: the untuned figure now comes
 * from test/fixtures/replies.blind.jsonl (reply-screening.blind.spec.ts). The targets are asserted on both.
 */
const rows = readReplySet('replies.unseen.jsonl');
const rules = loadReplyScreeningRules();
const measure = (split: 'tune' | 'holdout'): ReturnType<typeof measureReplySet> => measureReplySet(rows.filter((r) => r.split === split), rules, split);

describe('reply screening on replies written before the rules were read', () => {
  const tune = measure('tune');
  const holdout = measure('holdout');

  beforeAll(() => {
    process.stdout.write(`reply screening, unseen set\n${tune.report}\n${holdout.report}\n`);
  });

  it('has ≥ 300 replies, ≥ 150 of them polite, both languages in every class and both halves', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.label === 'polite').length).toBeGreaterThanOrEqual(150);
    for (const label of Object.keys({ polite: 1, ...EXPECTED_CODE }) as LabelledReply['label'][]) {
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
