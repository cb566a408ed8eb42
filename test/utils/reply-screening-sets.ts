import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenReply, type ScreeningCode } from '../../src/responses/domain/screen-reply.js';
import type { ReplyScreeningRules } from '../../src/responses/domain/reply-screening-rules.js';

/** One hand-labelled merchant reply of the reply-screening sets in test/fixtures/replies.*.jsonl. */
export interface LabelledReply {
  label: 'polite' | 'abuse' | 'gating' | 'contact' | 'personal_data';
  lang: 'en' | 'zh';
  /** Only in replies.unseen.jsonl, split in two halves. */
  split?: 'tune' | 'holdout';
  text: string;
}

export type ProblemLabel = Exclude<LabelledReply['label'], 'polite'>;

/** The reason a reply of each problem class must be held with to count as caught. */
export const EXPECTED_CODE: Record<ProblemLabel, ScreeningCode> = {
  abuse: 'abuse', gating: 'review_manipulation', contact: 'off_platform_contact', personal_data: 'personal_data',
};
export const PROBLEM_LABELS = Object.keys(EXPECTED_CODE) as ProblemLabel[];

export const readReplySet = (name: string): LabelledReply[] => readFileSync(resolve(process.cwd(), 'test/fixtures', name), 'utf8')
  .split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as LabelledReply);

export interface ReplySetFigures {
  /** Per problem class: share held with the expected reason. */
  recall: Record<ProblemLabel, number>;
  politeHeld: number;
  politeHeldCount: number;
  /** Per-class lines and every wrong reply, for the spec's output. */
  report: string;
}

/** Screens every reply and scores it: a polite reply must pass, a problem reply must be held with its class's reason. */
export function measureReplySet(rows: LabelledReply[], rules: ReplyScreeningRules, title: string): ReplySetFigures {
  const results = rows.map((r) => ({ ...r, codes: screenReply(r.text, rules).findings.map((f) => f.code) }));
  const ok = (r: (typeof results)[number]): boolean => (r.label === 'polite' ? r.codes.length === 0 : r.codes.includes(EXPECTED_CODE[r.label]));
  const count = (label: LabelledReply['label'], hit: (r: (typeof results)[number]) => boolean = () => true): number =>
    results.filter((r) => r.label === label && hit(r)).length;
  const recall = Object.fromEntries(PROBLEM_LABELS.map((l) => [l, count(l, ok) / count(l)])) as Record<ProblemLabel, number>;
  const politeHeldCount = count('polite', (r) => !ok(r));
  const politeHeld = politeHeldCount / count('polite');
  const lines = PROBLEM_LABELS.map((l) => `  ${l.padEnd(14)} recall ${recall[l].toFixed(3)} (${count(l, ok)}/${count(l)})`);
  lines.push(`  polite         held ${politeHeld.toFixed(3)} (${politeHeldCount}/${count('polite')})`);
  lines.push(...results.filter((r) => !ok(r)).map((r) => `    wrong ${r.label}: ${r.text}${r.codes.length ? ` → ${r.codes.join(',')}` : ''}`));
  return { recall, politeHeld, politeHeldCount, report: `${title} (${results.length} replies)\n${lines.join('\n')}` };
}
