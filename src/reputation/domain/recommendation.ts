/**
 * Recommendation from a review (pure). An explicit answer sent on intake wins; otherwise the text decides:
 * a refusal ("would not recommend", 不推荐) before an endorsement ("highly recommend", 推荐), because the
 * refusals contain the endorsement words. Patterns are plain alternations that read the same in JavaScript
 * and PostgreSQL (`~*`), so the rollup SQL and this function agree (the rollup passes them as parameters).
 */
export const RECOMMEND_NO_PATTERNS = [
  "(do not|don[’']?t|would not|wouldn[’']?t|won[’']?t|will not|cannot|can[’']?t|never|not) (recommend|buy (it |this )?again)",
  '不推荐', '不建议', '不会回购', '不会再买', '别买', '不值得',
] as const;

export const RECOMMEND_YES_PATTERNS = [
  'recommend', '(would|will) (definitely )?buy (it |this )?again', '推荐', '值得购买', '值得买', '回购', '还会再买',
] as const;

/** One case-insensitive alternation, as the rollup SQL uses it. */
export const alternation = (patterns: readonly string[]): string => patterns.map((p) => `(${p})`).join('|');

const NO = new RegExp(alternation(RECOMMEND_NO_PATTERNS), 'i');
const YES = new RegExp(alternation(RECOMMEND_YES_PATTERNS), 'i');

export function recommends(explicit: boolean | null, text: string): boolean | null {
  if (explicit !== null) return explicit;
  if (NO.test(text)) return false;
  return YES.test(text) ? true : null;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** NPS-style score on 0–10 answers: % promoters (9–10) − % detractors (0–6), −100…100; null without answers. */
export function netPromoterScore(c: NpsCounts): number | null {
  const answers = c.promoters + c.passives + c.detractors;
  return answers === 0 ? null : Math.round(((c.promoters - c.detractors) / answers) * 10_000) / 100;
}
