import { screenReply } from './domain/screen-reply.js';
import { loadReplyScreeningRules } from './reply-screening.loader.js';
import { EXPECTED_CODE, type ProblemLabel, readReplySet } from '../../test/utils/reply-screening-sets.js';

/**
 * Issue 15 item 7 on a labelled set of merchant replies written for this purpose (test/fixtures/replies.labelled.jsonl:
 * abuse, review gating/coercion, off-platform contact and the reviewer's personal data in Chinese and English, and
 * ordinary polite replies, many of them mentioning refunds, returns and contact the legitimate way).
 * Targets: recall ≥ 0.95 on abuse and on gating, ≤ 2% of polite replies held.
 */
const set = readReplySet('replies.labelled.jsonl');
/** Written after the rules were tuned on `set`; measured untuned at 0.46, tuned on since the lexicon rework. */
const holdout = readReplySet('replies.holdout.jsonl');
const rules = loadReplyScreeningRules();

describe('reply screening on the labelled set', () => {
  const results = set.map((r) => ({ ...r, codes: screenReply(r.text, rules).findings.map((f) => f.code) }));
  const rate = (rows: typeof results, hit: (r: (typeof results)[number]) => boolean): number => rows.filter(hit).length / rows.length;
  const figures = Object.fromEntries(
    (['abuse', 'gating', 'contact', 'personal_data'] as const).map((label) => {
      const rows = results.filter((r) => r.label === label);
      // Recall: the reply is held and the expected reason is among the findings.
      return [label, { n: rows.length, recall: rate(rows, (r) => r.codes.includes(EXPECTED_CODE[label])), held: rate(rows, (r) => r.codes.length > 0) }];
    }),
  );
  const polite = results.filter((r) => r.label === 'polite');
  const politeHeld = polite.filter((r) => r.codes.length > 0);

  beforeAll(() => {
    const lines = Object.entries(figures).map(([label, f]) => `${label.padEnd(14)} n=${f.n} recall=${f.recall.toFixed(3)} held=${f.held.toFixed(3)}`);
    lines.push(`polite         n=${polite.length} held=${(politeHeld.length / polite.length).toFixed(3)}${politeHeld.map((r) => `\n  held: ${r.text} → ${r.codes.join(',')}`).join('')}`);
    const missed = results.filter((r) => r.label !== 'polite' && !r.codes.includes(EXPECTED_CODE[r.label as ProblemLabel]));
    lines.push(...missed.map((r) => `  missed ${r.label}: ${r.text}${r.codes.length ? ` (held as ${r.codes.join(',')})` : ''}`));
    process.stdout.write(`reply screening, ${set.length} labelled replies\n${lines.join('\n')}\n`);
  });

  it('has at least 300 labelled replies, both languages in every class', () => {
    expect(set.length).toBeGreaterThanOrEqual(300);
    for (const label of ['polite', 'abuse', 'gating', 'contact'] as const) {
      for (const lang of ['en', 'zh'] as const) expect(set.filter((r) => r.label === label && r.lang === lang).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('holds ≥ 95% of abuse and of gating/coercion with the right reason', () => {
    expect(figures.abuse.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.gating.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('holds ≥ 90% of off-platform contact and of personal data', () => {
    expect(figures.contact.recall).toBeGreaterThanOrEqual(0.9);
    expect(figures.personal_data.held).toBeGreaterThanOrEqual(0.9);
  });

  it('holds at most 2% of polite replies', () => {
    expect(politeHeld.length / polite.length).toBeLessThanOrEqual(0.02);
  });

  it('on the small hold-out (tuned on since the lexicon rework): ≥ 95% of problem replies held, no polite reply', () => {
    const screened = holdout.map((r) => ({ ...r, held: !screenReply(r.text, rules).passed }));
    const bad = screened.filter((r) => r.label !== 'polite');
    const good = screened.filter((r) => r.label === 'polite');
    const recall = bad.filter((r) => r.held).length / bad.length;
    const byLabel = ['abuse', 'gating', 'contact'].map((l) => `${l} ${screened.filter((r) => r.label === l && r.held).length}/${screened.filter((r) => r.label === l).length}`).join(', ');
    process.stdout.write(`hold-out (${holdout.length}): problem replies held ${recall.toFixed(3)} of ${bad.length} (${byLabel}), polite held ${good.filter((r) => r.held).length} of ${good.length}\n${
      screened.filter((r) => r.held === (r.label === 'polite')).map((r) => `  ${r.label}: ${r.text}`).join('\n')}\n`);
    // Measured once untuned at 0.46 (13 of 28); the untuned figure now comes from replies.blind.jsonl.
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(good.filter((r) => r.held).length).toBe(0);
  });
});
