export interface Clause {
  /** Offsets into the original text (UTF-16 units, like String.prototype.slice). */
  start: number;
  end: number;
}

/** Punctuation that ends a clause, in both scripts. */
const CLAUSE_END = /[。！？!?；;，,、\n]|\.(?:\s|$)/gu;
/** Contrast words start a new clause: "质量很好但是物流太慢" has two opinions. */
const CONTRAST = /但是|不过|可是|但|却|\b(?:but|however|although|though)\b/giu;

/** Splits a review into clauses, trimming white space; empty pieces are dropped. */
export function splitClauses(text: string): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of text.matchAll(CLAUSE_END)) cuts.add(m.index + m[0].length);
  for (const m of text.matchAll(CONTRAST)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const clauses: Clause[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let start = sorted[i];
    let end = sorted[i + 1];
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /[\s。！？!?；;，,、.]/u.test(text[end - 1])) end--;
    if (end > start) clauses.push({ start, end });
  }
  return clauses;
}
