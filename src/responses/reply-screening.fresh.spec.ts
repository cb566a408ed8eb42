import { loadReplyScreeningRules } from './reply-screening.loader.js';
import { measureReplySet, PROBLEM_LABELS, readReplySet } from '../../test/utils/reply-screening-sets.js';

/**
 * Issue 15 item 7 on the two sets written for the negation/contempt rework, both committed before any rule changed:
 * - replies.blind2.jsonl (180; 61% polite): its before-run printed its misses, so its after-figure is NOT blind;
 * - replies.blind3.jsonl (120; 60% polite): written after that, before the rework; only its aggregate figures
 *   were read until the rework was committed, and it has not been tuned on since. Its after-figure is the honest one.
 * Before → after the rework (README, Reply screening): blind2 abuse 4/28 → 26/28, gating 18/22 → 22/22, polite held
 * 9/110 → 1/110; blind3 abuse 2/20 → 19/20, gating 13/14 → 13/14, polite held 9/72 → 2/72.
 */
const rules = loadReplyScreeningRules();
const sets = { blind2: readReplySet('replies.blind2.jsonl'), blind3: readReplySet('replies.blind3.jsonl') };

describe('reply screening on the sets written before the negation/contempt rework', () => {
  const blind2 = measureReplySet(sets.blind2, rules, 'reply screening, blind2 (misses read before the rework)');
  const blind3 = measureReplySet(sets.blind3, rules, 'reply screening, blind3 (untuned)');

  beforeAll(() => {
    process.stdout.write(`${blind2.report}\n${blind3.report}\n`);
  });

  it('has ≥ 300 replies between them, ≥ 60% polite in each, both languages in every class', () => {
    expect(sets.blind2.length + sets.blind3.length).toBeGreaterThanOrEqual(300);
    for (const rows of Object.values(sets)) {
      expect(rows.filter((r) => r.label === 'polite').length).toBeGreaterThanOrEqual(0.6 * rows.length);
      for (const label of ['polite', ...PROBLEM_LABELS] as const) {
        for (const lang of ['en', 'zh'] as const) expect(rows.filter((r) => r.label === label && r.lang === lang).length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('floors at the after-figures, so a regression shows', () => {
    expect(blind2.recall.abuse).toBeGreaterThanOrEqual(0.92);
    expect(blind2.recall.gating).toBeGreaterThanOrEqual(0.95);
    expect(blind2.politeHeldCount).toBeLessThanOrEqual(1);
    // Issue 15's targets are abuse and gating ≥ 0.95, polite held ≤ 2%: on blind3 abuse is met (19/20), gating
    // (13/14 = 0.929) and polite (2/72 = 2.8%) are NOT.
    expect(blind3.recall.abuse).toBeGreaterThanOrEqual(0.95);
    expect(blind3.recall.gating).toBeGreaterThanOrEqual(0.92);
    expect(blind3.politeHeldCount).toBeLessThanOrEqual(2);
    for (const figures of [blind2, blind3]) {
      expect(figures.recall.contact).toBe(1);
      expect(figures.recall.personal_data).toBe(1);
    }
  });

  it('pooled (300 replies): abuse and gating ≥ 0.93, polite held ≤ 2%', () => {
    const pooled = measureReplySet([...sets.blind2, ...sets.blind3], rules, 'pooled');
    expect(pooled.recall.abuse).toBeGreaterThanOrEqual(0.93);
    expect(pooled.recall.gating).toBeGreaterThanOrEqual(0.97);
    expect(pooled.politeHeld).toBeLessThanOrEqual(0.02);
  });
});
