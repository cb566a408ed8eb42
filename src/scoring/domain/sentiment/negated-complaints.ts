/**
 * Negated complaints say the opposite of their words: "没有问题" is praise, yet
 * 问题 is one of the strongest negative n-grams in review data, and "never had
 * anything to complain about" is dominated by "complain". They are rewritten
 * to their plain meaning before features are extracted (at training and at
 * scoring time alike). Hand-written from general usage, not fitted to data.
 */
const ZH_NEGATED_COMPLAINT = /没有任何问题|没有什么问题|没什么问题|没有问题|没问题|没有毛病|没毛病|挑不出毛病|无可挑剔|没什么可挑剔|没有瑕疵|无瑕疵/gu;
const ZH_PLAIN = '满意';

export function rewriteChineseNegatedComplaints(text: string): string {
  return text.includes('没') || text.includes('挑') || text.includes('瑕') ? text.replace(ZH_NEGATED_COMPLAINT, ZH_PLAIN) : text;
}

/** Token sequences (after contraction expansion) and the word that replaces them. */
const EN_NEGATED_COMPLAINTS: ReadonlyArray<readonly string[]> = [
  ['never', 'had', 'anything', 'to', 'complain', 'about'],
  ['nothing', 'to', 'complain', 'about'],
  ['not', 'anything', 'to', 'complain', 'about'],
  ['no', 'complaints'],
  ['no', 'issues'],
  ['no', 'problems'],
  ['not', 'a', 'single', 'complaint'],
  ['can', 'not', 'complain'],
  // Product defects reported absent: "washed it twice, no shrinking".
  ['no', 'leaks'],
  ['no', 'leaking'],
  ['did', 'not', 'leak'],
  ['never', 'leaked'],
  ['no', 'shrinking'],
  ['no', 'shrinkage'],
  ['did', 'not', 'shrink'],
  ['no', 'fading'],
  ['no', 'pilling'],
  ['zero', 'issues'],
  ['zero', 'problems'],
];
const EN_PLAIN = 'satisfied';
const EN_STARTS = new Set(EN_NEGATED_COMPLAINTS.map((p) => p[0]));

export function rewriteEnglishNegatedComplaints(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => EN_STARTS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = EN_STARTS.has(tokens[i]) ? EN_NEGATED_COMPLAINTS.find((p) => p.every((w, k) => tokens[i + k] === w)) : undefined;
    if (phrase) {
      out.push(EN_PLAIN);
      i += phrase.length - 1;
    } else out.push(tokens[i]);
  }
  return out;
}
